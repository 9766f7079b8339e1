namespace TaijiangGraph.Core.Versions;

/// <summary>Thrown when patches of a batch are refused (docs/errors.md, "Record writes"); nothing of the batch is written.</summary>
public sealed class RecordWriteRefusedException(IReadOnlyList<RecordWriteRefusal> refusals)
    : Exception("Record writes refused: " + string.Join("; ", refusals.Take(10)))
{
    public IReadOnlyList<RecordWriteRefusal> Refusals { get; } = refusals;
}
