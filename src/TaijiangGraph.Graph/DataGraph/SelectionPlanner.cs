using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Execution;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>
/// Works out from a field's selection (fragments included) which columns a read must select: the selected
/// items the caller may read, the linking items of selected links, and the key (record identity for the
/// audit trail and link correlation) — no other column the caller may not read.
/// </summary>
public static class SelectionPlanner
{
    /// <summary>Columns for the nodes of a connection field (under <c>nodes</c> and <c>edges.node</c>).</summary>
    public static IReadOnlyList<string> ForConnection(IResolveFieldContext context, IObjectGraphType nodeType, CatalogResource resource)
    {
        var nodeSelections = Children(context, context.FieldAst.SelectionSet, "nodes")
            .Concat(Children(context, context.FieldAst.SelectionSet, "edges").SelectMany(e => Children(context, e, "node")));
        return Columns(context, nodeType, resource, nodeSelections);
    }

    /// <summary>Columns for a field whose value is one node (by-key and link fields).</summary>
    public static IReadOnlyList<string> ForObject(IResolveFieldContext context, IObjectGraphType nodeType, CatalogResource resource) =>
        Columns(context, nodeType, resource, context.FieldAst.SelectionSet is { } s ? [s] : []);

    private static IReadOnlyList<string> Columns(IResolveFieldContext context, IObjectGraphType nodeType, CatalogResource resource, IEnumerable<GraphQLSelectionSet> selections)
    {
        var access = context.Request().Access;
        // The key is always read: it identifies the records in the audit trail (as keyed hashes) and correlates
        // batched links. It reaches the caller only through its field, which obeys the caller's access.
        var columns = new SortedSet<string>(StringComparer.Ordinal) { resource.Key.ApiName };

        foreach (var name in selections.SelectMany(s => FieldNames(context, s)).Distinct())
        {
            var field = nodeType.GetField(name);
            if (field?.Role() is DataFieldRole.Item or DataFieldRole.Link && field.Item() is { } item && access.Decide(resource, item).Kind != AccessKind.Denied)
            {
                columns.Add(item.ApiName);
            }
        }

        return [.. columns];
    }

    private static IEnumerable<GraphQLSelectionSet> Children(IResolveFieldContext context, GraphQLSelectionSet? set, string name) =>
        set is null ? [] : Fields(context, set).Where(f => f.Name.StringValue == name && f.SelectionSet is not null).Select(f => f.SelectionSet!);

    private static IEnumerable<string> FieldNames(IResolveFieldContext context, GraphQLSelectionSet set) =>
        Fields(context, set).Select(f => f.Name.StringValue);

    /// <summary>The fields of a selection set, with fragment spreads and inline fragments expanded.</summary>
    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet set)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Fields(context, inline.SelectionSet))
                    {
                        yield return f;
                    }

                    break;
                case GraphQLFragmentSpread spread when context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name) is { } fragment:
                    foreach (var f in Fields(context, fragment.SelectionSet))
                    {
                        yield return f;
                    }

                    break;
            }
        }
    }
}
