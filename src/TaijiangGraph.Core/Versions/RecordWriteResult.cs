namespace TaijiangGraph.Core.Versions;

/// <summary>The result of one patch: the outcome, the record's version after it, and the items whose values changed (on insert,
/// the items given).</summary>
public sealed record RecordWriteResult(RecordWriteOutcome Outcome, int Version, IReadOnlyList<string> ChangedItems);
