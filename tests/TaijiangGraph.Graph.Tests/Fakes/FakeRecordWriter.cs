using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>A record writer for graph tests that write no records: no record has a history, and a write fails the test.</summary>
internal sealed class FakeRecordWriter : IDatasetRecordWriter
{
    public Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        DataCatalog catalog,
        CatalogResource resource,
        IReadOnlyList<RecordPatch> patches,
        string actor,
        CancellationToken ct = default
    ) => throw new NotSupportedException("Graph tests write no records.");

    public Task<IRecordWriteSession> OpenSessionAsync(
        DataCatalog catalog,
        CatalogResource resource,
        string actor,
        CancellationToken ct = default
    ) => throw new NotSupportedException("Graph tests write records through FakeRecordIntake.");

    public Task MarkDeletedAsync(DataCatalog catalog, CatalogResource resource, object key, string actor, CancellationToken ct = default) =>
        throw new NotSupportedException("Graph tests delete no records.");

    public Task<IReadOnlyList<RecordHistoryEntry>> HistoryAsync(
        DataCatalog catalog,
        CatalogResource resource,
        object key,
        CancellationToken ct = default
    ) => Task.FromResult<IReadOnlyList<RecordHistoryEntry>>([]);
}
