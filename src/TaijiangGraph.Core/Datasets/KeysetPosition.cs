namespace TaijiangGraph.Core.Datasets;

/// <summary>Where a page ended: the sort-key values of its last row and that row's id.</summary>
public sealed record KeysetPosition(IReadOnlyList<object?> Values, long RowId);
