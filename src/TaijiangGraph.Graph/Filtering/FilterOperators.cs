using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Graph.Filtering;

/// <summary>GraphQL names of the filter operators (<c>eq</c>, <c>startsWith</c> …).</summary>
internal static class FilterOperators
{
    public static string Name(FilterOperator op) =>
        op switch
        {
            FilterOperator.StartsWith => "startsWith",
            _ => op.ToString().ToLowerInvariant(),
        };

    public static FilterOperator? Parse(string name) =>
        Enum.GetValues<FilterOperator>().Cast<FilterOperator?>().FirstOrDefault(o => Name(o!.Value) == name);
}
