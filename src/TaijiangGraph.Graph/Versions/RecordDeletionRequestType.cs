using GraphQL.Types;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Versions;

/// <summary>GraphQL type <c>RecordDeletionRequest</c> (docs/data-in.md, "Deletion"), seen by the provider department and the
/// bureau only.</summary>
internal sealed class RecordDeletionRequestType : ObjectGraphType<RecordDeletionRequest>
{
    public RecordDeletionRequestType()
    {
        Name = "RecordDeletionRequest";
        Description = "A provider's request to delete one record, decided by the bureau.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("resource").Description("API name of the resource.").Resolve(c => c.Source.Resource);
        Field<NonNullGraphType<StringGraphType>>("key").Description("The record's key, as text.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("provider")
            .Description("Code of the provider department.")
            .Resolve(c => c.Source.Provider);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<RecordDeletionStateEnum>>("state").Resolve(c => c.Source.State);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("1 when requested, one more per decision; give it to a decision to refuse it when the request moved on.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("requestedBy").Description("User id.").Resolve(c => c.Source.RequestedBy);
        Field<NonNullGraphType<DateTimeScalar>>("requestedAt").Resolve(c => c.Source.RequestedAt);
        Field<StringGraphType>("decidedBy").Description("User id of the bureau's person who decided.").Resolve(c => c.Source.DecidedBy);
        Field<DateTimeScalar>("decidedAt").Resolve(c => c.Source.DecidedAt);
        Field<StringGraphType>("decisionReason").Description("The reason of a rejection.").Resolve(c => c.Source.DecisionReason);
    }
}
