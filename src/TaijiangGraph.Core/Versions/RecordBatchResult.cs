namespace TaijiangGraph.Core.Versions;

/// <summary>What a session wrote of one batch: one result per patch in batch order (null for a refused patch) and the refusals,
/// by index in the batch.</summary>
public sealed record RecordBatchResult(IReadOnlyList<RecordWriteResult?> Results, IReadOnlyList<RecordWriteRefusal> Refusals);
