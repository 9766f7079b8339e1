using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Versions;

/// <summary>
/// Writes records with versions (docs/architecture.md, "Record versions"). Values are validated by the caller; every call is one
/// transaction: all of it is written or none of it.
/// </summary>
public interface IDatasetRecordWriter
{
    /// <summary>
    /// Inserts new keys (version 1, items not given null) and updates existing ones (only the given items; a change writes version
    /// + 1 and a history entry with the previous values of exactly the changed items; no change writes nothing). Returns one result
    /// per patch, in order.
    /// </summary>
    /// <exception cref="RecordWriteRefusedException">A key is given twice or its record is deleted; nothing is written.</exception>
    Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        DataCatalog catalog,
        CatalogResource resource,
        IReadOnlyList<RecordPatch> patches,
        string actor,
        CancellationToken ct = default
    );

    /// <summary>Opens a session: one transaction for many batches written by <paramref name="actor"/> (the import of a large file, a
    /// push with its governance events). A key may be given once per session.</summary>
    Task<IRecordWriteSession> OpenSessionAsync(DataCatalog catalog, CatalogResource resource, string actor, CancellationToken ct = default);

    /// <summary>Hides the record (an approved deletion): sets its deletion time and writes a <see cref="RecordChangeKind.Deleted"/>
    /// entry; its versions stay. Deleting a deleted record changes nothing.</summary>
    /// <exception cref="RecordWriteRefusedException">No record has the key.</exception>
    Task MarkDeletedAsync(DataCatalog catalog, CatalogResource resource, object key, string actor, CancellationToken ct = default);

    /// <summary>The record's history, oldest first; empty when no record has the key.</summary>
    Task<IReadOnlyList<RecordHistoryEntry>> HistoryAsync(
        DataCatalog catalog,
        CatalogResource resource,
        object key,
        CancellationToken ct = default
    );
}
