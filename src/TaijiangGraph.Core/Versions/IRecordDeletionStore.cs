using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Versions;

/// <summary>
/// Stores record deletion requests in the governance database (docs/data-in.md, "Deletion"). Every change is written with its
/// governance event (actor, resource, request id, the record key's keyed hash as the audit trail makes it, the reason's length;
/// never the key or a record value). An approval marks the record deleted through <see cref="IDatasetRecordWriter.MarkDeletedAsync"/>,
/// which keeps its versions.
/// </summary>
public interface IRecordDeletionStore
{
    /// <summary>A new request id: <c>RD-</c>, the year of <paramref name="now"/> (China Standard Time), <c>-</c> and twelve random
    /// upper-case hex digits.</summary>
    string NewRequestId(DateTimeOffset now);

    /// <summary>Stores a new pending request (version 1) with a <c>RECORD_DELETION_REQUESTED</c> event. Refused with
    /// <c>DUPLICATE_PENDING</c> when a request for the same record is pending.</summary>
    Task<RecordDeletionOutcome> RequestAsync(RecordDeletionRequest request, string actor, CancellationToken ct = default);

    /// <summary>
    /// Stores the successful decision <paramref name="outcome"/> taken on <paramref name="before"/>: only where the stored version is
    /// still <c>before.Version</c> (else refused with <c>STALE_STATE</c>, nothing written), with a <c>RECORD_DELETION_APPROVED</c> or
    /// <c>RECORD_DELETION_REJECTED</c> event. An approval then marks the record deleted in <paramref name="catalog"/>; when that
    /// fails the request is pending again (version one more, a <c>RECORD_DELETION_APPROVAL_UNDONE</c> event) and the error is thrown.
    /// A refused <paramref name="outcome"/> is returned unchanged.
    /// </summary>
    Task<RecordDeletionOutcome> DecideAsync(
        RecordDeletionRequest before,
        RecordDeletionOutcome outcome,
        DataCatalog catalog,
        string actor,
        CancellationToken ct = default
    );

    /// <summary>The request with <paramref name="id"/>, or null.</summary>
    Task<RecordDeletionRequest?> FindAsync(string id, CancellationToken ct = default);

    /// <summary>The requests in <paramref name="state"/> (any when null) of <paramref name="provider"/> (any when null), newest first
    /// (by request time, then id), at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<RecordDeletionRequest>> ListAsync(
        RecordDeletionState? state,
        string? provider,
        int take,
        CancellationToken ct = default
    );
}
