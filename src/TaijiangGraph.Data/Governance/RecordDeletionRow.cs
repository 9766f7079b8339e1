namespace TaijiangGraph.Data.Governance;

/// <summary>
/// A record deletion request as it stands (table <c>record_deletion_requests</c>, docs/data-in.md "Deletion"). The record key is
/// kept as canonical text, because the approval needs it to mark the record deleted; it never goes into an event.
/// <see cref="Version"/> is the optimistic-concurrency token: a decision updates the row only where the version is still the one
/// read.
/// </summary>
public sealed class RecordDeletionRow
{
    /// <summary>E.g. <c>RD-2026-3F9A1C0B2D4E</c>.</summary>
    public required string Id { get; set; }

    /// <summary>API name of the resource.</summary>
    public required string Resource { get; set; }

    /// <summary>The record's key as canonical text.</summary>
    public required string RecordKey { get; set; }

    /// <summary>Code of the provider department.</summary>
    public required string Provider { get; set; }

    public required string Reason { get; set; }

    /// <summary>The state's name, e.g. <c>Pending</c>.</summary>
    public required string State { get; set; }

    public int Version { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionReason { get; set; }
}
