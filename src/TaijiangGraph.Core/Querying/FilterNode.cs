namespace TaijiangGraph.Core.Querying;

/// <summary>A filter over one resource's rows: a condition on an item, or an AND / OR of filters.</summary>
public abstract record FilterNode
{
    /// <summary>Every item condition in the tree, in document order.</summary>
    public abstract IEnumerable<ItemCondition> Conditions();
}

/// <summary>All of <see cref="Operands"/> hold.</summary>
public sealed record AndFilter(IReadOnlyList<FilterNode> Operands) : FilterNode
{
    public override IEnumerable<ItemCondition> Conditions() => Operands.SelectMany(o => o.Conditions());
}

/// <summary>At least one of <see cref="Operands"/> holds.</summary>
public sealed record OrFilter(IReadOnlyList<FilterNode> Operands) : FilterNode
{
    public override IEnumerable<ItemCondition> Conditions() => Operands.SelectMany(o => o.Conditions());
}

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
