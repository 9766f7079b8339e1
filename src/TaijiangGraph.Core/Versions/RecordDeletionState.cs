namespace TaijiangGraph.Core.Versions;

/// <summary>Where a record deletion request stands (docs/data-in.md, "Deletion"): pending until the bureau decides; both decisions
/// are final.</summary>
public enum RecordDeletionState
{
    /// <summary>Requested by the provider; waiting for the bureau.</summary>
    Pending,

    /// <summary>The bureau approved it: the record is hidden from every read, its versions stay.</summary>
    Approved,

    /// <summary>The bureau rejected it, with a reason: the record stays.</summary>
    Rejected,
}
