using GraphQL.Types;
using GraphQLParser.AST;
using TaijiangGraph.Graph.Catalog;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary><c>@masked(rule: MaskingRule!)</c> on item fields with a masking rule: readers other than the provider see masked
/// values.</summary>
internal sealed class MaskedDirective : Directive
{
    public MaskedDirective()
        : base("masked", DirectiveLocation.FieldDefinition)
    {
        Description = "脱敏: the value is masked by this rule unless the reader is the provider or a grant lifts the mask.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<MaskingRuleEnum>> { Name = "rule" });
    }

    /// <summary>
    /// Listed by introspection like every directive of graphql-js, so a schema read by introspection (graphql-codegen)
    /// declares the same directives as <c>schema.graphql</c>; introspection carries no usages on fields.
    /// </summary>
    public override bool? Introspectable => true;
}
