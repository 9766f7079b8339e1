namespace TaijiangGraph.Core.Datasets;

/// <summary>
/// The bookkeeping columns a read may select besides the row id and the items (docs/architecture.md, "Record versions"): they
/// carry no item value and back a record's <c>recordInfo</c>. Their names start with an underscore, which no item's API name can.
/// A <see cref="DatasetRow"/> holds them under these names when they were asked for.
/// </summary>
public static class RecordInfoColumns
{
    /// <summary>The record's version (an <see cref="int"/>): 1 on insert, + 1 on every update that changes a value.</summary>
    public const string Version = "_version";

    /// <summary>The UTC time (a <see cref="DateTime"/>) of the record's last change.</summary>
    public const string ChangedAt = "_changed_at";
}
