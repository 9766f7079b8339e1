using System.Text.Json;
using GraphQLParser.Exceptions;

namespace TaijiangGraph.Server.TrustedDocuments;

/// <summary>
/// A persisted-documents manifest as graphql-codegen's client preset writes it (<c>persisted-documents.json</c>):
/// one JSON object mapping each document's sha256 hash to its text.
/// </summary>
internal static class PersistedDocumentManifest
{
    /// <summary>The documents of <paramref name="json"/> keyed by normalized hash.</summary>
    /// <exception cref="ArgumentException">Not such an object, a hash that is not sha256(document), or a document that does not
    /// parse.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string json)
    {
        Dictionary<string, string>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<Dictionary<string, string>>(json);
        }
        catch (JsonException)
        {
            throw new ArgumentException("The manifest must be a JSON object mapping sha256 hashes to document strings.");
        }

        if (entries is null || entries.Count == 0)
        {
            throw new ArgumentException("The manifest holds no documents.");
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, document) in entries)
        {
            var hash = DocumentIds.Normalize(id) ?? throw new ArgumentException($"'{id}' is not a sha256 document id.");
            if (document is null || DocumentIds.Hash(document) != hash)
            {
                throw new ArgumentException(
                    $"The hash '{id}' does not match its document "
                        + $"(sha256 of the document text is {(document is null ? "missing" : DocumentIds.Hash(document))})."
                );
            }

            try
            {
                GraphQLParser.Parser.Parse(document);
            }
            catch (GraphQLSyntaxErrorException e)
            {
                throw new ArgumentException($"The document '{id}' does not parse: {e.Description}.");
            }

            documents[hash] = document;
        }

        return documents;
    }
}
