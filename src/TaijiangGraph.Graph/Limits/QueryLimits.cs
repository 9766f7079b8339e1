using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Graph.Limits;

/// <summary>
/// The query limits in force: the options, the document builder that enforces the document limits while
/// parsing, the validation rules for depth and complexity (data and introspection), and the execution timeout.
/// </summary>
public sealed class QueryLimits
{
    public QueryLimits(QueryLimitsOptions options)
    {
        if (
            options
                is not {
                    MaxDepth: > 0,
                    MaxSyntaxDepth: > 0,
                    MaxComplexity: > 0,
                    MaxIntrospectionComplexity: > 0,
                    ListMultiplier: > 0,
                    MaxAliases: >= 0,
                    MaxQueryLength: > 0,
                    MaxTokens: > 0,
                    MaxBatchSize: > 0,
                    MaxRequestBodyBytes: > 0
                }
            || options.ExecutionTimeout <= TimeSpan.Zero
        )
        {
            throw new InvalidOperationException($"Every '{QueryLimitsOptions.SectionName}' setting must be positive.");
        }

        Options = options;
        DocumentBuilder = new LimitedDocumentBuilder(options);
        ComplexityRule = new LimitedComplexityRule(options);
        IntrospectionComplexityRule = new IntrospectionComplexityRule(options);
    }

    public QueryLimitsOptions Options { get; }

    public IDocumentBuilder DocumentBuilder { get; }

    /// <summary>Depth and complexity; depends on variables, so it runs for cached documents too.</summary>
    public IValidationRule ComplexityRule { get; }

    /// <summary>The introspection's cost by the size of its answer; depends on variables (<c>__type(name: $n)</c>, <c>@include</c>), so it
    /// runs for cached documents too.</summary>
    public IValidationRule IntrospectionComplexityRule { get; }

    /// <summary>
    /// Parses <paramref name="query"/> within the document limits: the document, or the result that rejects the
    /// request (not executed) with the limit's code or the syntax error.
    /// </summary>
    public (GraphQLParser.AST.GraphQLDocument? Document, ExecutionResult? Rejection) Parse(string query)
    {
        try
        {
            return (DocumentBuilder.Build(query), null);
        }
        catch (ExecutionError e)
        {
            return (null, new ExecutionResult { Errors = [e] });
        }
    }

    /// <summary>Relabels GraphQL.NET's timeout error with <c>EXECUTION_TIMEOUT</c>.</summary>
    public static void LabelTimeout(ExecutionResult result)
    {
        foreach (var error in result.Errors ?? [])
        {
            if (error is TimeoutError)
            {
                error.Code = ErrorCodes.Limits.ExecutionTimeout;
            }
        }
    }
}
