using System.Collections;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Graph.Sorting;

/// <summary>Turns a parsed <c>order: [{ item: ASC|DESC }]</c> argument into sort keys over item API names.</summary>
internal static class SortArgumentParser
{
    /// <exception cref="ArgumentException">The input names no item of the resource.</exception>
    public static IReadOnlyList<SortKey> Parse(CatalogResource resource, object? order)
    {
        if (order is null)
        {
            return [];
        }

        var keys = new List<SortKey>();
        foreach (var entry in ((IEnumerable)order).Cast<object?>().OfType<IDictionary<string, object?>>())
        {
            foreach (var (name, direction) in entry)
            {
                if (direction is null)
                {
                    continue;
                }

                var item = resource.FindExposedByGraphName(name)
                    ?? throw new ArgumentException($"'{name}' is not a sortable field of {resource.ApiName}.");
                keys.Add(new SortKey(item.ApiName, direction is true));
            }
        }

        return keys;
    }
}
