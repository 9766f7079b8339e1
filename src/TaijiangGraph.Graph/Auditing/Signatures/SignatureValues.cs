using GraphQLParser.AST;

namespace TaijiangGraph.Graph.Auditing.Signatures;

/// <summary>
/// Prints values and types for <see cref="SignaturePrinter"/> with every literal hidden: a string (block strings too)
/// becomes <c>""</c>, a number <c>0</c>; a list its distinct hidden elements in ordinal order (so neither the values nor
/// their number show); an object its fields in name order with hidden values. Variables (<c>$name</c>), booleans,
/// <c>null</c> and enum values (schema names, not data) are kept.
/// </summary>
internal static class SignatureValues
{
    public static string Hidden(GraphQLValue value) =>
        value switch
        {
            GraphQLVariable variable => "$" + variable.Name.StringValue,
            GraphQLStringValue => "\"\"",
            GraphQLIntValue or GraphQLFloatValue => "0",
            GraphQLBooleanValue boolean => boolean.BoolValue ? "true" : "false",
            GraphQLNullValue => "null",
            GraphQLEnumValue enumValue => enumValue.Name.StringValue,
            GraphQLListValue list => "["
                + string.Join(", ", (list.Values ?? []).Select(Hidden).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                + "]",
            GraphQLObjectValue obj => "{"
                + string.Join(
                    ", ",
                    (obj.Fields ?? []).Select(f => f.Name.StringValue + ": " + Hidden(f.Value)).Order(StringComparer.Ordinal)
                )
                + "}",
            _ => throw new ArgumentException($"Unexpected value {value.Kind}.", nameof(value)),
        };

    public static string Type(GraphQLType type) =>
        type switch
        {
            GraphQLNamedType named => named.Name.StringValue,
            GraphQLListType list => "[" + Type(list.Type) + "]",
            GraphQLNonNullType nonNull => Type(nonNull.Type) + "!",
            _ => throw new ArgumentException($"Unexpected type {type.Kind}.", nameof(type)),
        };
}
