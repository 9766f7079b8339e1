using GraphQL.Transport;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>Why an HTTP request cannot be executed: status, error code and a message safe to show.</summary>
internal sealed record RequestError(int Status, string Code, string Message);
