namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>One raw HTTP request to <c>/graphql</c>: body bytes, content type, bearer token (none when null) and Accept.</summary>
public sealed record HostileRequest(byte[] Body, string? Token, string ContentType = "application/json", string Accept = HostileRequest.GraphQLResponse)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";
}
