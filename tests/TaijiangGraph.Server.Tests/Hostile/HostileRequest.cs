namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>One raw HTTP request to <c>/graphql</c>: body bytes, content type, bearer token (none when null), Accept and extra headers
/// (sent unvalidated).</summary>
public sealed record HostileRequest(
    byte[] Body,
    string? Token,
    string ContentType = "application/json",
    string Accept = HostileRequest.GraphQLResponse,
    IReadOnlyDictionary<string, string>? Headers = null
)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";
}
