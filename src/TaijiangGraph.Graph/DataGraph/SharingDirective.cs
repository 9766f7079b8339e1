using GraphQL.Types;
using GraphQLParser.AST;
using TaijiangGraph.Graph.Catalog;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary><c>@sharing(type: SharingType!)</c> on item fields: the item's sharing type, enforced at run time.</summary>
internal sealed class SharingDirective : Directive
{
    public SharingDirective()
        : base("sharing", DirectiveLocation.FieldDefinition)
    {
        Description = "共享类型 of the item behind this field; enforced for every caller.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<SharingTypeEnum>> { Name = "type" });
    }

    /// <summary>
    /// Listed by introspection like every directive of graphql-js, so a schema read by introspection (graphql-codegen)
    /// declares the same directives as <c>schema.graphql</c>; introspection carries no usages on fields.
    /// </summary>
    public override bool? Introspectable => true;
}
