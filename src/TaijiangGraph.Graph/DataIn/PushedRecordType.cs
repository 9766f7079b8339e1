using GraphQL.Types;

namespace TaijiangGraph.Graph.DataIn;

/// <summary>GraphQL type <c>PushedRecord</c>: index, version after the push, outcome and the items whose values changed.</summary>
internal sealed class PushedRecordType : ObjectGraphType<PushedRecord>
{
    public PushedRecordType()
    {
        Name = "PushedRecord";
        Description = "What a push did to one of its records.";
        Field(r => r.Index).Description("The record's 0-based index in `records`.");
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("The record's version after the push (1 for an insert; unchanged for UNCHANGED).")
            .Resolve(c => c.Source.Result.Version);
        Field<NonNullGraphType<PushOutcomeEnum>>("outcome").Resolve(c => c.Source.Result.Outcome);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedItems")
            .Description("API names of the items whose values changed, in catalog order (on insert: the items given).")
            .Resolve(c => c.Source.Result.ChangedItems);
    }
}
