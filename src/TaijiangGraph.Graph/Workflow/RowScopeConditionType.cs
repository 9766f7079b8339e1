using GraphQL.Types;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>GraphQL type <c>RowScopeCondition</c>: one equality condition of an application's row scope.</summary>
internal sealed class RowScopeConditionType : ObjectGraphType<RowScopeCondition>
{
    public RowScopeConditionType()
    {
        Name = "RowScopeCondition";
        Description = "Rows whose item equals one of the values.";
        Field(c => c.Item).Description("API name of the item.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("anyOf").Resolve(c => c.Source.AnyOf);
    }
}
