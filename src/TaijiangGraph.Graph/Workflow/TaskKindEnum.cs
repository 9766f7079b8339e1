using GraphQL.Types;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>GraphQL enum <c>TaskKind</c>.</summary>
internal sealed class TaskKindEnum : EnumerationGraphType<WorkflowTaskKind>
{
    public TaskKindEnum()
    {
        Name = "TaskKind";
        Description = "What a task waits for.";
    }
}
