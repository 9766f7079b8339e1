namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>One page of <c>auditLog</c> or <c>recordAccesses</c>: its records, newest first, and how to go on.</summary>
public sealed record AuditLogRows(IReadOnlyList<AuditLogRow> Rows, bool HasNextPage, string? EndCursor);
