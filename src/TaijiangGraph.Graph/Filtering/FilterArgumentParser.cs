using System.Collections;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Graph.Filtering;

/// <summary>
/// Turns a parsed <c>where</c> argument (GraphQL.NET's dictionaries) into a <see cref="FilterNode"/> over item
/// API names, with values typed as the items store them.
/// </summary>
internal static class FilterArgumentParser
{
    /// <exception cref="ArgumentException">The input names no item of the resource.</exception>
    public static FilterNode? Parse(CatalogResource resource, object? where) =>
        where switch
        {
            null => null,
            IDictionary<string, object?> map => Object(resource, map),
            _ => throw new ArgumentException("'where' must be an input object."),
        };

    private static FilterNode Object(CatalogResource resource, IDictionary<string, object?> map)
    {
        var parts = new List<FilterNode>();
        foreach (var (name, value) in map)
        {
            if (value is null)
            {
                continue;
            }

            if (name is "and" or "or")
            {
                var operands = ((IEnumerable)value).Cast<object?>().Select(v => Parse(resource, v)).OfType<FilterNode>().ToList();
                parts.Add(name == "and" ? new AndFilter(operands) : new OrFilter(operands));
                continue;
            }

            var item = resource.FindExposedByGraphName(name)
                ?? throw new ArgumentException($"'{name}' is not a filterable field of {resource.ApiName}.");
            foreach (var (opName, operand) in (IDictionary<string, object?>)value)
            {
                var op = FilterOperators.Parse(opName) ?? throw new ArgumentException($"Unknown filter operation '{opName}'.");
                if (operand is null && op is not (FilterOperator.Eq or FilterOperator.Neq))
                {
                    continue;
                }

                parts.Add(
                    new ItemCondition(
                        item.ApiName,
                        op,
                        op is FilterOperator.In or FilterOperator.Nin
                            ? ((IEnumerable)operand!).Cast<object?>().Select(v => ItemValues.Normalize(item, v)).ToList()
                            : ItemValues.Normalize(item, operand)
                    )
                );
            }
        }

        return parts.Count == 1 ? parts[0] : new AndFilter(parts);
    }
}
