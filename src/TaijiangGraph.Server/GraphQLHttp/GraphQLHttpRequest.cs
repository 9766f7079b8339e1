using GraphQL.Transport;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>A parsed HTTP request: one GraphQL request, or a batch; or the error that stops it.</summary>
internal sealed record GraphQLHttpRequest(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch, RequestError? Error)
{
    public static GraphQLHttpRequest Fail(int status, string code, string message) =>
        new([], false, new RequestError(status, code, message));
}
