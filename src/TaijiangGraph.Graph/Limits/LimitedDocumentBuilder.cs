using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Graph.Limits;

/// <summary>
/// Parses a query only within the document limits: length, token count and syntax depth are checked while
/// reading the text, the alias count on the parsed document — all before validation, so an oversized document
/// never reaches the (costlier) validation rules. Throws a <see cref="LimitError"/> over a limit.
/// </summary>
internal sealed class LimitedDocumentBuilder(QueryLimitsOptions options) : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _inner = new() { MaxDepth = options.MaxSyntaxDepth };

    public GraphQLDocument Build(string body)
    {
        if (body.Length > options.MaxQueryLength)
        {
            throw new LimitError(
                ErrorCodes.Limits.QueryTooLarge,
                $"The query has {body.Length} " + $"characters; at most " + $"{options.MaxQueryLength} are allowed.",
                options.MaxQueryLength,
                body.Length
            );
        }

        CheckTokens(body);
        GraphQLDocument document;
        try
        {
            document = _inner.Build(body);
        }
        catch (GraphQL.Execution.SyntaxError e) when (e.InnerException is GraphQLMaxDepthExceededException)
        {
            throw new LimitError(
                ErrorCodes.Limits.MaxDepth,
                $"The query nests deeper than " + $"{options.MaxSyntaxDepth} " + $"syntax levels.",
                options.MaxSyntaxDepth
            );
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new LimitError(
                ErrorCodes.Limits.MaxDepth,
                $"The query nests deeper than " + $"{options.MaxSyntaxDepth} " + $"syntax levels.",
                options.MaxSyntaxDepth
            );
        }

        var aliases = AliasCounter.Count(document, options.MaxAliases);
        if (aliases > options.MaxAliases)
        {
            throw new LimitError(
                ErrorCodes.Limits.MaxAliases,
                $"The query uses more than " + $"{options.MaxAliases} aliases.",
                options.MaxAliases
            );
        }

        return document;
    }

    private void CheckTokens(string body)
    {
        ROM source = body;
        var tokens = 0;
        try
        {
            var token = Lexer.Lex(source, 0);
            while (token.Kind != TokenKind.EOF)
            {
                if (++tokens > options.MaxTokens)
                {
                    throw new LimitError(
                        ErrorCodes.Limits.QueryTooLarge,
                        $"The query has more than " + $"{options.MaxTokens} tokens.",
                        options.MaxTokens
                    );
                }

                token = Lexer.Lex(source, token.End);
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // the parser reports the syntax error with its location
        }
    }
}
