namespace TaijiangGraph.Core.Auditing;

/// <summary>The audit trail could not commit a request's records in time (locked, full, faulted): fail closed.</summary>
public sealed class AuditUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner);
