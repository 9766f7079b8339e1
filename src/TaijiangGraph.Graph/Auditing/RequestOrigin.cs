namespace TaijiangGraph.Graph.Auditing;

/// <summary>
/// Where an operation came from, as its usage records state it: the request id (with <c>#n</c> for the n-th operation of
/// a batch), the HTTP method, the response's medium type and the client's address (null when unknown).
/// </summary>
public sealed record RequestOrigin(string RequestId, string HttpMethod, string MediumType, string? ClientIp);
