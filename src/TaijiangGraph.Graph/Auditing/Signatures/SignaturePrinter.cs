using System.Text;
using GraphQLParser.AST;

namespace TaijiangGraph.Graph.Auditing.Signatures;

/// <summary>
/// Prints the signature of the operation a request executes (docs/audit.md), in the spirit of Apollo's usage-reporting
/// signature: only that operation and the fragments it uses (transitively), the operation's name left out (it is
/// recorded in its own field), aliases removed, every literal hidden (<see cref="SignatureValues"/>), and selections,
/// arguments, directives, variable definitions and fragments in ordinal order, separated by single spaces. Variable
/// and fragment names are kept. The document must have passed validation, so that every other name in it is the schema's.
/// </summary>
internal static class SignaturePrinter
{
    /// <summary>The operation <paramref name="operationName"/> selects (the only one when null), or null when it selects none.</summary>
    public static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operationName is null)
        {
            return operations.Count == 1 ? operations[0] : null;
        }

        var named = operations.Where(o => o.Name is { } name && name.StringValue == operationName).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The signature of the operation <paramref name="operationName"/> selects, or null when it selects none.</summary>
    public static OperationSignature? Print(GraphQLDocument document, string? operationName) =>
        Select(document, operationName) is { } operation ? PrintOperation(document, operation) : null;

    public static OperationSignature PrintOperation(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var fragments = document
            .Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var text = new StringBuilder(Operation(operation));
        foreach (var name in Used(operation, fragments).Order(StringComparer.Ordinal))
        {
            var fragment = fragments[name];
            text.Append(" fragment ")
                .Append(name)
                .Append(" on ")
                .Append(fragment.TypeCondition.Type.Name.StringValue)
                .Append(SignatureSelections.Directives(fragment.Directives))
                .Append(' ')
                .Append(SignatureSelections.Set(fragment.SelectionSet));
        }

        return OperationSignature.Of(text.ToString());
    }

    private static string Operation(GraphQLOperationDefinition operation)
    {
        var text = new StringBuilder(
            operation.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            }
        );
        var variables = operation.Variables?.Items ?? [];
        if (variables.Count > 0)
        {
            var printed = variables.Select(v =>
                "$"
                + v.Variable.Name.StringValue
                + ": "
                + SignatureValues.Type(v.Type)
                + (v.DefaultValue is { } value ? " = " + SignatureValues.Hidden(value) : "")
                + SignatureSelections.Directives(v.Directives)
            );
            text.Append('(').AppendJoin(", ", printed.Order(StringComparer.Ordinal)).Append(')');
        }

        return text.Append(SignatureSelections.Directives(operation.Directives))
            .Append(' ')
            .Append(SignatureSelections.Set(operation.SelectionSet))
            .ToString();
    }

    /// <summary>The names of the fragments the operation spreads, directly or through other fragments; unknown names are skipped.</summary>
    private static HashSet<string> Used(GraphQLOperationDefinition operation, Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<GraphQLSelectionSet>([operation.SelectionSet]);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread
                        when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                            && used.Add(spread.FragmentName.Name.StringValue):
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }

        return used;
    }
}
