using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Planning;

/// <summary>The columns of a plan's read: the key always, plus what the field's selections add.</summary>
internal static class PlanColumns
{
    /// <summary>The columns every read of <paramref name="resource"/> selects, whatever the selection: its key.</summary>
    public static IReadOnlyList<string> Always(CatalogResource resource) => [resource.Key.ApiName];

    /// <summary>The key and every contribution, without repeats, in ordinal order.</summary>
    public static IReadOnlyList<string> Union(CatalogResource resource, IEnumerable<IReadOnlyList<string>> contributions) =>
        [.. new SortedSet<string>(Always(resource).Concat(contributions.SelectMany(c => c)), StringComparer.Ordinal)];
}
