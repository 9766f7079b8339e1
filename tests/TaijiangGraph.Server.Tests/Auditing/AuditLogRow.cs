namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>A usage record as <c>auditLog</c> shows it (the fields the tests compare); <see cref="Items"/> joins read, masked, denied and
/// filtered items.</summary>
public sealed record AuditLogRow(
    long Id,
    string UserId,
    string Department,
    string? Resource,
    string Outcome,
    string? Purpose,
    DateTimeOffset Time,
    IReadOnlyList<string> Items
);
