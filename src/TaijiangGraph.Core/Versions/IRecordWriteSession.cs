namespace TaijiangGraph.Core.Versions;

/// <summary>
/// One transaction over many batches of versioned writes to one resource (docs/data-in.md, "The record intake"): a million records
/// go through it batch by batch without being held at once. Nothing is visible to others before <see cref="CommitAsync"/>;
/// disposing an uncommitted session rolls everything back.
/// </summary>
public interface IRecordWriteSession : IAsyncDisposable
{
    /// <summary>
    /// Writes one batch as <see cref="IDatasetRecordWriter.UpsertAsync"/> does, except that a refused patch (its key given earlier
    /// in the session, or its record deleted) is skipped and listed instead of failing the batch; the others are written.
    /// </summary>
    Task<RecordBatchResult> WriteAsync(IReadOnlyList<RecordPatch> patches, CancellationToken ct = default);

    /// <summary>Commits everything written through the session.</summary>
    Task CommitAsync(CancellationToken ct = default);
}
