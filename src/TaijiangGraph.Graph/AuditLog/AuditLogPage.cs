using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Graph.AuditLog;

/// <summary>A page of the audit log.</summary>
internal sealed record AuditLogPage(IReadOnlyList<AuditEntry> Nodes, bool HasNextPage, string? EndCursor);
