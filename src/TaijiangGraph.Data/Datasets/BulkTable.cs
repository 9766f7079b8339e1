namespace TaijiangGraph.Data.Datasets;

/// <summary>A dataset table as <see cref="DatasetBulkWriter"/> writes it: its delimited name and the exposed items' columns, in
/// catalog order.</summary>
internal sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns)
{
    /// <summary>The delimited column names, comma-separated, for <c>INSERT</c> and <c>COPY</c>.</summary>
    public string ColumnList { get; } = string.Join(", ", Columns.Select(c => c.Name));
}
