using GraphQLParser.AST;

namespace TaijiangGraph.Graph.Limits;

/// <summary>Counts the aliased fields of a document (every operation and fragment), stopping once past a limit.</summary>
internal static class AliasCounter
{
    public static int Count(GraphQLDocument document, int stopAfter)
    {
        var count = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    pending.Push(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    pending.Push(fragment.SelectionSet);
                    break;
            }
        }

        while (pending.TryPop(out var set) && count <= stopAfter)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Alias is not null)
                        {
                            count++;
                        }

                        if (field.SelectionSet is { } children)
                        {
                            pending.Push(children);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return count;
    }
}
