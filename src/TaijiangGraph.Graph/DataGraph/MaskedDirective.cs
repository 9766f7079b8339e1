using GraphQL.Types;
using GraphQLParser.AST;
using TaijiangGraph.Graph.Catalog;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary><c>@masked(rule: MaskingRule!)</c> on item fields with a masking rule: readers other than the provider see masked values.</summary>
public sealed class MaskedDirective : Directive
{
    public MaskedDirective()
        : base("masked", DirectiveLocation.FieldDefinition)
    {
        Description = "脱敏: the value is masked by this rule unless the reader is the provider or a grant lifts the mask.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<MaskingRuleEnum>> { Name = "rule" });
    }
}
