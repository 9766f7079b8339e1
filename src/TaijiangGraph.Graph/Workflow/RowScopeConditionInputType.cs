using GraphQL.Types;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>GraphQL input <c>RowScopeConditionInput</c>: one equality condition of a row scope, parsed to a
/// <see cref="RowScopeCondition"/>.</summary>
internal sealed class RowScopeConditionInputType : InputObjectGraphType<RowScopeCondition>
{
    public RowScopeConditionInputType()
    {
        Name = "RowScopeConditionInput";
        Description = "Rows whose item equals one of the values (an item the applicant reads unmasked).";
        Field<NonNullGraphType<StringGraphType>>("item").Description("API name of the item.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("anyOf").Description("The values admitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new RowScopeCondition(InputValues.Get(value, "item") as string ?? "", InputValues.Strings(InputValues.Get(value, "anyOf")));
}
