namespace TaijiangGraph.Core.Auditing;

/// <summary>A committed usage record with its storage id and chain position.</summary>
public sealed record AuditEntry(long Id, ChainedAuditRecord Chained);
