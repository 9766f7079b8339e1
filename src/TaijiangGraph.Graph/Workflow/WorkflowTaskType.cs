using GraphQL.Types;
using TaijiangGraph.Graph.Catalog;
using TaijiangGraph.Graph.Scalars;
using TaijiangGraph.Graph.Versions;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>GraphQL type <c>Task</c>: what waits on the caller (docs/workflow.md, "The API").</summary>
internal sealed class WorkflowTaskType : ObjectGraphType<WorkflowTask>
{
    public WorkflowTaskType(ShareApplicationType application, GrantType grant)
    {
        Name = "Task";
        Description =
            "Something waiting on the caller: an application to forward, decide, resubmit or comment on, a grant expiring, or a record "
            + "deletion request to decide.";
        Field<NonNullGraphType<TaskKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field("application", application).Description("FORWARD, DECIDE, RESUBMIT, COMMENT.").Resolve(c => c.Source.Application);
        Field("grant", grant).Description("GRANT_EXPIRING.").Resolve(c => c.Source.Grant);
        Field<RecordDeletionRequestType>("deletionRequest").Description("DECIDE_DELETION.").Resolve(c => c.Source.Deletion);
        Field<DateTimeScalar>("dueAt")
            .Description("The application's dueAt; for GRANT_EXPIRING the end of validTo (00:00 CST the next day).")
            .Resolve(c => c.Source.DueAt);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Resolve(c => c.Source.Overdue);
    }
}
