using System.Text.Json;

namespace TaijiangGraph.Server.TrustedDocuments;

/// <summary>
/// Where a request names a persisted document instead of sending its text: <c>documentId</c> (GraphQL-over-HTTP
/// persisted documents; graphql-codegen's bare hex or <c>sha256:&lt;hex&gt;</c>) or, without a <c>query</c>,
/// Apollo's <c>extensions.persistedQuery.sha256Hash</c>.
/// </summary>
internal static class PersistedDocumentRequests
{
    /// <summary>The document id of a POSTed request object, or the message of why it is malformed.</summary>
    public static (string? Id, string? Error) ReadDocumentId(JsonElement element, bool hasQuery)
    {
        if (element.TryGetProperty("documentId", out var id) && id.ValueKind != JsonValueKind.Null)
        {
            if (id.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(id.GetString()))
            {
                return (null, "'documentId' must be a non-empty string.");
            }

            return hasQuery ? (null, "Send either 'query' or 'documentId', not both.") : (id.GetString(), null);
        }

        if (
            !hasQuery
            && element.TryGetProperty("extensions", out var extensions)
            && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty("persistedQuery", out var persisted)
            && persisted.ValueKind == JsonValueKind.Object
            && persisted.TryGetProperty("sha256Hash", out var hash)
            && hash.ValueKind == JsonValueKind.String
            && !string.IsNullOrEmpty(hash.GetString())
        )
        {
            return (hash.GetString(), null);
        }

        return (null, null);
    }

    /// <summary>The document id of a GET request (<c>documentId</c> parameter) when it has no <c>query</c>; else null.</summary>
    public static string? ReadDocumentId(IQueryCollection query) =>
        query["query"].Count == 0 && query["documentId"] is { Count: 1 } id && !string.IsNullOrEmpty(id[0]) ? id[0] : null;
}
