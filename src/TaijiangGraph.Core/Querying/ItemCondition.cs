namespace TaijiangGraph.Core.Querying;

/// <summary>
/// <c>item op value</c>. <see cref="Value"/> is typed by the item (string, int, decimal, DateOnly, UTC DateTime,
/// bool) or null; for <c>in</c>/<c>nin</c> it is a list of such values.
/// </summary>
public sealed record ItemCondition(string Item, FilterOperator Operator, object? Value) : FilterNode
{
    public override IEnumerable<ItemCondition> Conditions() => [this];

    /// <summary>The number of values the condition compares against (the length of an <c>in</c> list, else 1).</summary>
    public int ValueCount => Value is System.Collections.IList list ? list.Count : 1;
}
