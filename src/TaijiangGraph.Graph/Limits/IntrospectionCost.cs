using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace TaijiangGraph.Graph.Limits;

/// <summary>
/// The size of the answer the introspection part of an operation (<c>__schema</c>, <c>__type</c>) would produce
/// against the schema being served (README, "Query limits"): the selection is walked over the schema's actual types,
/// fields, arguments, enum values and directives, and every field of the answer counts 1 — a list field once plus its
/// items' selections, so <c>__schema { types { fields { name } } }</c> costs 2 + types + Σ fields of every type.
/// Deprecated members are always counted (an upper bound). The walk stops as soon as the running cost passes
/// <c>stopAbove</c>, so a nested fan-out costs no more work than the limit allows; the cost of a (selection set, schema
/// element) pair is computed once.
/// </summary>
internal sealed class IntrospectionCost
{
    private readonly ValidationContext _context;
    private readonly double _stopAbove;
    private readonly Dictionary<(GraphQLSelectionSet, object), double> _known = new(ReferenceComparer.Instance);
    private readonly HashSet<GraphQLFragmentDefinition> _spreading = [];

    private IntrospectionCost(ValidationContext context, double stopAbove)
    {
        _context = context;
        _stopAbove = stopAbove;
    }

    private enum Kind
    {
        Schema,
        Type,
        Field,
        InputValue,
        EnumValue,
        Directive,
    }

    /// <summary>The cost of the operation's introspection fields; above <paramref name="stopAbove"/> it is a lower bound.</summary>
    public static double Of(ValidationContext context, double stopAbove) =>
        new IntrospectionCost(context, stopAbove).Root(context.Operation.SelectionSet, 0);

    private double Root(GraphQLSelectionSet set, double cost)
    {
        foreach (var selection in set.Selections)
        {
            if (cost > _stopAbove || !_context.ShouldIncludeNode(selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField { Name.Value: var name } field when name == "__schema" && field.SelectionSet is { } children:
                    cost += 1 + Of(children, Kind.Schema, _context.Schema);
                    break;
                case GraphQLField { Name.Value: var name } field when name == "__type" && field.SelectionSet is { } children:
                    cost += 1 + (NamedType(field) is { } type ? Of(children, Kind.Type, type) : 0);
                    break;
                case GraphQLInlineFragment inline:
                    cost = Root(inline.SelectionSet, cost);
                    break;
                case GraphQLFragmentSpread spread when Fragment(spread) is { } fragment && _spreading.Add(fragment):
                    cost = Root(fragment.SelectionSet, cost);
                    _spreading.Remove(fragment);
                    break;
            }
        }

        return cost;
    }

    private IGraphType? NamedType(GraphQLField field) =>
        _context.ArgumentValues?.GetValueOrDefault(field)?.TryGetValue("name", out var name) == true && name.Value is string typeName
            ? _context.Schema.AllTypes[typeName]
            : null;

    private double Of(GraphQLSelectionSet set, Kind kind, object value)
    {
        var key = (set, value);
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        var cost = Selections(set, kind, value, 0);
        _known[key] = cost;
        return cost;
    }

    private double Selections(GraphQLSelectionSet set, Kind kind, object value, double cost)
    {
        foreach (var selection in set.Selections)
        {
            if (cost > _stopAbove || !_context.ShouldIncludeNode(selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    cost += 1 + Children(field, kind, value);
                    break;
                case GraphQLInlineFragment inline when inline.TypeCondition is null || Matches(inline.TypeCondition, kind):
                    cost = Selections(inline.SelectionSet, kind, value, cost);
                    break;
                case GraphQLFragmentSpread spread
                    when Fragment(spread) is { } fragment && Matches(fragment.TypeCondition, kind) && _spreading.Add(fragment):
                    cost = Selections(fragment.SelectionSet, kind, value, cost);
                    _spreading.Remove(fragment);
                    break;
            }
        }

        return cost;
    }

    private GraphQLFragmentDefinition? Fragment(GraphQLFragmentSpread spread) =>
        _context
            .Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name);

    private static bool Matches(GraphQLTypeCondition condition, Kind kind) => condition.Type.Name.StringValue == "__" + kind;

    /// <summary>The cost of a field's value beyond the field itself: its items and their selections.</summary>
    private double Children(GraphQLField field, Kind kind, object value)
    {
        var (childKind, children) = Resolve(field.Name.StringValue, kind, value);
        if (field.SelectionSet is not { } set)
        {
            return kind == Kind.Directive && field.Name.Value == "locations" ? ((Directive)value).Locations.Count : 0;
        }

        var cost = 0d;
        foreach (var child in children)
        {
            cost += Of(set, childKind, child);
            if (cost > _stopAbove)
            {
                break;
            }
        }

        return cost;
    }

    /// <summary>The schema elements an introspection field returns (none for scalars and nulls).</summary>
    private (Kind Kind, IEnumerable<object> Values) Resolve(string field, Kind kind, object value) =>
        (kind, field, value) switch
        {
            (Kind.Schema, "types", ISchema schema) => (Kind.Type, schema.AllTypes),
            (Kind.Schema, "queryType", ISchema schema) => (Kind.Type, One(schema.Query)),
            (Kind.Schema, "mutationType", ISchema schema) => (Kind.Type, One(schema.Mutation)),
            (Kind.Schema, "subscriptionType", ISchema schema) => (Kind.Type, One(schema.Subscription)),
            (Kind.Schema, "directives", ISchema schema) => (Kind.Directive, schema.Directives),
            (Kind.Type, "fields", IComplexGraphType type) when type is not IInputObjectGraphType => (Kind.Field, type.Fields),
            (Kind.Type, "inputFields", IInputObjectGraphType type) => (Kind.InputValue, type.Fields),
            (Kind.Type, "interfaces", IImplementInterfaces type) => (Kind.Type, type.ResolvedInterfaces),
            (Kind.Type, "possibleTypes", IAbstractGraphType type) => (Kind.Type, type.PossibleTypes),
            (Kind.Type, "enumValues", EnumerationGraphType type) => (Kind.EnumValue, type.Values),
            (Kind.Type, "ofType", ListGraphType list) => (Kind.Type, One(list.ResolvedType)),
            (Kind.Type, "ofType", NonNullGraphType nonNull) => (Kind.Type, One(nonNull.ResolvedType)),
            (Kind.Field, "args", FieldType f) => (Kind.InputValue, f.Arguments ?? []),
            (Kind.Field, "type", FieldType f) => (Kind.Type, One(f.ResolvedType)),
            (Kind.InputValue, "type", FieldType f) => (Kind.Type, One(f.ResolvedType)),
            (Kind.InputValue, "type", QueryArgument a) => (Kind.Type, One(a.ResolvedType)),
            (Kind.Directive, "args", Directive d) => (Kind.InputValue, d.Arguments ?? []),
            _ => (kind, []),
        };

    private static IEnumerable<object> One(object? value) => value is null ? [] : [value];

    private sealed class ReferenceComparer : IEqualityComparer<(GraphQLSelectionSet, object)>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals((GraphQLSelectionSet, object) x, (GraphQLSelectionSet, object) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((GraphQLSelectionSet, object) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
