namespace TaijiangGraph.Core.Querying;

/// <summary>At least one of <see cref="Operands"/> holds.</summary>
public sealed record OrFilter(IReadOnlyList<FilterNode> Operands) : FilterNode
{
    public override IEnumerable<ItemCondition> Conditions() => Operands.SelectMany(o => o.Conditions());
}
