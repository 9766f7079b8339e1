namespace TaijiangGraph.Core.Querying;

/// <summary>
/// One key of an order. NULLs sort last ascending and first descending, on every provider; the surrogate
/// row id always breaks ties.
/// </summary>
public sealed record SortKey(string Item, bool Descending);
