using GraphQL.Types;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>GraphQL type <c>ShareApplicationHistoryEntry</c>: one step taken on an application, with its timing.</summary>
internal sealed class ShareApplicationHistoryEntryType : ObjectGraphType<ScheduledStep>
{
    public ShareApplicationHistoryEntryType()
    {
        Name = "ShareApplicationHistoryEntry";
        Description = "A step taken on a share application: who, when, the states before and after, and the text given.";
        Field<NonNullGraphType<ShareApplicationStepEnum>>("step").Resolve(c => c.Source.Action.Step);
        Field<NonNullGraphType<StringGraphType>>("user").Description("User id of the actor.").Resolve(c => c.Source.Action.UserId);
        Field<NonNullGraphType<StringGraphType>>("department").Resolve(c => c.Source.Action.Department);
        Field<NonNullGraphType<DateTimeScalar>>("at").Resolve(c => c.Source.Action.At);
        Field<NonNullGraphType<ShareApplicationStateEnum>>("before").Resolve(c => c.Source.Action.Before);
        Field<NonNullGraphType<ShareApplicationStateEnum>>("after").Resolve(c => c.Source.Action.After);
        Field<StringGraphType>("text").Description("The opinion, reason or comment given.").Resolve(c => c.Source.Action.Text);
        Field<NonNullGraphType<IntGraphType>>("workingDays")
            .Description("Working days since the previous entry (0 for the first).")
            .Resolve(c => c.Source.WorkingDays);
        Field<NonNullGraphType<BooleanGraphType>>("late")
            .Description("A forward or return taken after its forward due time, an approval or rejection after its decision due time.")
            .Resolve(c => c.Source.Late);
    }
}
