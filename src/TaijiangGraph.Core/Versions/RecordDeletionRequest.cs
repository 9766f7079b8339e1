namespace TaijiangGraph.Core.Versions;

/// <summary>
/// A request to delete one record (docs/data-in.md, "Deletion"): the resource, the record's key in its canonical text
/// (<see cref="RecordKeys.Canonical"/>), the provider department that asked, its reason, the state, the version (1 when requested,
/// 2 after the decision: a decision on a version that is no longer current is refused) and who decided when, with the rejection's
/// reason. Immutable: <see cref="RecordDeletionRules"/> returns a new value.
/// </summary>
public sealed record RecordDeletionRequest
{
    /// <summary>E.g. <c>RD-2026-3F9A1C0B2D4E</c>.</summary>
    public required string Id { get; init; }

    /// <summary>API name of the resource.</summary>
    public required string Resource { get; init; }

    /// <summary>The record's key, as canonical text.</summary>
    public required string Key { get; init; }

    /// <summary>Code of the provider department, which asked.</summary>
    public required string Provider { get; init; }

    public required string Reason { get; init; }

    public required RecordDeletionState State { get; init; }

    public required int Version { get; init; }

    /// <summary>User id of the person who asked.</summary>
    public required string RequestedBy { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>User id of the bureau's person who decided; null while pending.</summary>
    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The reason of a rejection; null otherwise.</summary>
    public string? DecisionReason { get; init; }

    public bool IsPending => State == RecordDeletionState.Pending;
}
