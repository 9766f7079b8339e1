using GraphQL;
using TaijiangGraph.Graph.Auditing.Signatures;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Execution;

/// <summary>
/// An executed (or rejected) operation: its result, the request context that saw it, and its audit signature (null when
/// the document did not parse or validate, docs/audit.md) — for the usage records.
/// </summary>
public sealed record GraphExecution(ExecutionResult Result, GraphRequestContext Context, OperationSignature? Signature);
