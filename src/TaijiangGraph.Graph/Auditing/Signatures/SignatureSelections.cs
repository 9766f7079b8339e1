using System.Text;
using GraphQLParser.AST;

namespace TaijiangGraph.Graph.Auditing.Signatures;

/// <summary>Prints selection sets, fields, arguments and directives for <see cref="SignaturePrinter"/>: aliases dropped, literals hidden,
/// ordinal order.</summary>
internal static class SignatureSelections
{
    public static string Set(GraphQLSelectionSet set) =>
        "{ " + string.Join(" ", set.Selections.Select(Selection).Order(StringComparer.Ordinal)) + " }";

    public static string Directives(GraphQLDirectives? directives) =>
        directives is null || directives.Items.Count == 0
            ? ""
            : " "
                + string.Join(
                    " ",
                    directives.Items.Select(d => "@" + d.Name.StringValue + Arguments(d.Arguments)).Order(StringComparer.Ordinal)
                );

    private static string Selection(ASTNode selection) =>
        selection switch
        {
            GraphQLField field => Field(field),
            GraphQLFragmentSpread spread => "..." + spread.FragmentName.Name.StringValue + Directives(spread.Directives),
            GraphQLInlineFragment inline => "..."
                + (inline.TypeCondition is { } on ? " on " + on.Type.Name.StringValue : "")
                + Directives(inline.Directives)
                + " "
                + Set(inline.SelectionSet),
            _ => throw new ArgumentException($"Unexpected selection {selection.Kind}.", nameof(selection)),
        };

    private static string Field(GraphQLField field)
    {
        var text = new StringBuilder(field.Name.StringValue).Append(Arguments(field.Arguments)).Append(Directives(field.Directives));
        if (field.SelectionSet is { } set)
        {
            text.Append(' ').Append(Set(set));
        }

        return text.ToString();
    }

    private static string Arguments(GraphQLArguments? arguments) =>
        arguments is null || arguments.Items.Count == 0
            ? ""
            : "("
                + string.Join(
                    ", ",
                    arguments.Items.Select(a => a.Name.StringValue + ": " + SignatureValues.Hidden(a.Value)).Order(StringComparer.Ordinal)
                )
                + ")";
}
