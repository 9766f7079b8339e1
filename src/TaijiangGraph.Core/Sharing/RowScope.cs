namespace TaijiangGraph.Core.Sharing;

/// <summary>A grant's row filter: its conditions are ANDed. An empty scope means all rows.</summary>
public sealed record RowScope(IReadOnlyList<RowScopeCondition> Conditions)
{
    public static RowScope AllRows { get; } = new([]);

    public bool IsAllRows => Conditions.Count == 0;

    public override string ToString() =>
        IsAllRows
            ? "all rows"
            : string.Join(
                " AND ",
                Conditions.Select(c => c.AnyOf.Count == 1 ? $"{c.Item} = {c.AnyOf[0]}" : $"{c.Item} IN ({string.Join(", ", c.AnyOf)})")
            );
}
