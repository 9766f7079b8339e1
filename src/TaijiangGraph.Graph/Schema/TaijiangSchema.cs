using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace TaijiangGraph.Graph.Schema;

/// <summary>
/// GraphQL.NET's schema, introspectable with every option of graphql-js <c>getIntrospectionQuery()</c> (README,
/// "Introspection"): <c>__Directive.isRepeatable</c> and deprecated arguments and input fields are enabled, and the two
/// members GraphQL.NET 8 lacks are added — <c>__Type.specifiedByURL</c> (always null: no scalar of this schema names a
/// specification) and <c>__Directive.args(includeDeprecated:)</c>.
/// </summary>
internal sealed class TaijiangSchema : GraphQL.Types.Schema
{
    private const string IncludeDeprecated = "includeDeprecated";

    public TaijiangSchema()
    {
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type when type.GetField("specifiedByURL") is null:
                type.Field<StringGraphType>("specifiedByURL")
                    .Description("The URL of the specification of a custom scalar (`@specifiedBy`); null for every type of this schema.")
                    .Resolve(_ => null);
                break;
            case __Directive directive when directive.GetField("args") is { } args && args.Arguments?.Find(IncludeDeprecated) is null:
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = IncludeDeprecated, DefaultValue = false });
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                {
                    var all = context.GetArgument(IncludeDeprecated, false);
                    return context.Source.Arguments?.Where(a => all || string.IsNullOrWhiteSpace(a.DeprecationReason)) ?? [];
                });
                break;
        }

        base.OnBeforeInitializeType(graphType);
    }
}
