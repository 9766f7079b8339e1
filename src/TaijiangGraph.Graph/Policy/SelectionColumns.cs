using GraphQL.Types;
using GraphQLParser.AST;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.DataGraph;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Planning;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Policy;

/// <summary>
/// Works out during validation, from a data field's selection (fragments and inline fragments expanded), which
/// columns its read must select: the selected items the caller may read, the linking items of selected links, and
/// the key (record identity for the audit trail and link correlation), and the bookkeeping columns of a selected
/// <c>recordInfo</c> (no item value) — no other column the caller may not read.
/// Computed per top-level selection of the field, so that fields GraphQL.NET merges at execution read the union.
/// </summary>
internal static class SelectionColumns
{
    /// <summary>
    /// The columns one top-level selection of a data field adds (key excluded). For a connection the items are the
    /// node fields under <c>nodes</c> and <c>edges.node</c>; for a by-key or link field the node's own fields.
    /// </summary>
    public static IReadOnlyList<string> Of(
        GraphQLDocument document,
        ASTNode selection,
        bool connection,
        IComplexGraphType nodeType,
        CatalogResource resource,
        RequestAccess access
    )
    {
        IEnumerable<GraphQLField> top = Fields(document, [selection]);
        IEnumerable<GraphQLField> nodeFields = connection
            ? Children(document, top, "nodes").Concat(Children(document, Children(document, top, "edges"), "node"))
            : top;
        var columns = new SortedSet<string>(StringComparer.Ordinal);
        var fields = nodeFields.ToList();
        foreach (var name in fields.Select(f => f.Name.StringValue).Distinct())
        {
            var field = nodeType.GetField(name);
            if (
                field?.Role() is DataFieldRole.Item or DataFieldRole.Link
                && field.Item() is { } item
                && access.Decide(resource, item).Kind != AccessKind.Denied
            )
            {
                columns.Add(item.ApiName);
            }
            else if (field?.Role() is DataFieldRole.RecordInfo)
            {
                columns.UnionWith(RecordInfo(document, fields.Where(f => f.Name.StringValue == name)));
            }
        }

        return [.. columns];
    }

    /// <summary>The bookkeeping columns the sub-fields of <c>recordInfo</c> selections read: each only when its sub-field is
    /// selected, so a read without <c>recordInfo</c> selects none (docs/data-in.md, "Incremental reads").</summary>
    private static IEnumerable<string> RecordInfo(GraphQLDocument document, IEnumerable<GraphQLField> recordInfo) =>
        recordInfo
            .Where(f => f.SelectionSet is not null)
            .SelectMany(f => Fields(document, f.SelectionSet!.Selections))
            .Select(f => RecordInfoType.Columns.TryGetValue(f.Name.StringValue, out var column) ? column : null)
            .OfType<string>();

    /// <summary>The fields selected under the fields named <paramref name="name"/>.</summary>
    private static IEnumerable<GraphQLField> Children(GraphQLDocument document, IEnumerable<GraphQLField> fields, string name) =>
        fields
            .Where(f => f.Name.StringValue == name && f.SelectionSet is not null)
            .SelectMany(f => Fields(document, f.SelectionSet!.Selections));

    /// <summary>The fields of some selections, with fragment spreads and inline fragments expanded.</summary>
    private static IEnumerable<GraphQLField> Fields(GraphQLDocument document, IEnumerable<ASTNode> selections)
    {
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Fields(document, inline.SelectionSet.Selections))
                    {
                        yield return f;
                    }

                    break;
                case GraphQLFragmentSpread spread
                    when document
                        .Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name)
                        is { } fragment:
                    foreach (var f in Fields(document, fragment.SelectionSet.Selections))
                    {
                        yield return f;
                    }

                    break;
            }
        }
    }
}
