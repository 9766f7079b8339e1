using GraphQL;

namespace TaijiangGraph.Graph.Execution;

/// <summary>An executed (or rejected) operation: its result and the request context that saw it, for the audit records.</summary>
public sealed record GraphExecution(ExecutionResult Result, GraphRequestContext Context);
