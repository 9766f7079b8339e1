namespace TaijiangGraph.Core.Catalog;

/// <summary>One change of an item between two catalog versions (see <see cref="ItemChangeKind"/> for the values).</summary>
/// <param name="Resource">The API name of the item's resource in the previous version.</param>
/// <param name="Item">The item's API name.</param>
public sealed record ItemChange(string Resource, string Item, ItemChangeKind Kind, string? Before = null, string? After = null);
