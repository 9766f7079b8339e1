namespace TaijiangGraph.Data.Datasets;

/// <summary>The columns of a resource's history table (docs/architecture.md, "Record versions").</summary>
internal static class DatasetHistoryColumns
{
    /// <summary>The entry's surrogate id (ascending in write order).</summary>
    public const string Id = "history_id";

    /// <summary>The <c>row_id</c> of the record the entry belongs to.</summary>
    public const string RowId = DatasetNames.RowId;

    /// <summary>The record's version after the change (a deletion keeps the version it hid).</summary>
    public const string Version = "version";

    /// <summary>What happened: <see cref="Core.Versions.RecordChangeKind"/> as text.</summary>
    public const string Kind = "kind";

    /// <summary>When, UTC.</summary>
    public const string ChangedAt = "changed_at";

    /// <summary>Who: the acting principal's id.</summary>
    public const string Actor = "actor";

    /// <summary>The changed item API names, a JSON array in catalog order.</summary>
    public const string Items = "items";

    /// <summary>The changed items' previous values, a JSON object (null for an insert or a deletion).</summary>
    public const string Previous = "previous";
}
