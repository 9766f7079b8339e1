namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// One GraphQL request of the canary sweep: a readable name, the document, optional variables (JSON text), and whether a
/// page-2 request follows (with the <c>endCursor</c> the first page returned at <see cref="CursorPath"/>).
/// </summary>
public sealed record Probe(string Name, string Query, string? Variables = null, string[]? CursorPath = null);
