namespace TaijiangGraph.Core.Datasets;

/// <summary>A row read from a dataset table: its surrogate id and the selected columns' values.</summary>
public sealed record DatasetRow(long RowId, IReadOnlyDictionary<string, object?> Values)
{
    public object? this[string column] => Values.TryGetValue(column, out var v) ? v : null;
}
