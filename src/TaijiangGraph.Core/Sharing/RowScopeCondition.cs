namespace TaijiangGraph.Core.Sharing;

/// <summary>One condition of a row scope: the item's value is one of <paramref name="AnyOf"/>.</summary>
public sealed record RowScopeCondition(string Item, IReadOnlyList<string> AnyOf);
