namespace TaijiangGraph.Core.Versions;

/// <summary>
/// What an intake did: whether anything was written, the counts per outcome, the refused records (index order) and, for calls that
/// ask for them, the per-record results in input order (null when not kept, e.g. for an import of a million rows).
/// </summary>
public sealed record RecordIntakeResult(
    bool Written,
    long Inserted,
    long Updated,
    long Unchanged,
    IReadOnlyList<RecordRefusal> Refused,
    IReadOnlyList<RecordWriteResult>? Results
);
