using GraphQL.Transport;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>A parsed HTTP request: one GraphQL request, or a batch; or the error that stops it.</summary>
public sealed record GraphQLHttpRequest(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch, RequestError? Error)
{
    public static GraphQLHttpRequest Fail(int status, string code, string message) => new([], false, new RequestError(status, code, message));
}

/// <summary>Why an HTTP request cannot be executed: status, error code and a message safe to show.</summary>
public sealed record RequestError(int Status, string Code, string Message);
