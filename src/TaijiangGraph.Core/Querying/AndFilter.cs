namespace TaijiangGraph.Core.Querying;

/// <summary>All of <see cref="Operands"/> hold.</summary>
public sealed record AndFilter(IReadOnlyList<FilterNode> Operands) : FilterNode
{
    public override IEnumerable<ItemCondition> Conditions() => Operands.SelectMany(o => o.Conditions());
}
