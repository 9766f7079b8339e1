using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Querying;

/// <summary>Turns row scopes into filters: each scope's conditions are ANDed, several scopes ORed.</summary>
public static class RowScopeFilters
{
    /// <summary>The filter admitting the rows of any of <paramref name="scopes"/>; null when they cover all rows.</summary>
    public static FilterNode? Of(IReadOnlyList<RowScope> scopes)
    {
        if (scopes.Count == 0 || scopes.Any(s => s.IsAllRows))
        {
            return null;
        }

        var each = scopes
            .Select(s =>
                (FilterNode)
                    new AndFilter(
                        s.Conditions.Select(c => (FilterNode)new ItemCondition(c.Item, FilterOperator.In, c.AnyOf.Cast<object?>().ToList()))
                            .ToList()
                    )
            )
            .ToList();
        return each.Count == 1 ? each[0] : new OrFilter(each);
    }

    /// <summary>ANDs filters, skipping nulls; null when none is left.</summary>
    public static FilterNode? And(params FilterNode?[] filters)
    {
        var present = filters.OfType<FilterNode>().ToList();
        return present.Count switch
        {
            0 => null,
            1 => present[0],
            _ => new AndFilter(present),
        };
    }
}
