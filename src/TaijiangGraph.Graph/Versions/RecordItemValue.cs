namespace TaijiangGraph.Graph.Versions;

/// <summary>One previous value of a history entry: the item's API name and the value as text (null for null).</summary>
internal sealed record RecordItemValue(string Item, string? Value);
