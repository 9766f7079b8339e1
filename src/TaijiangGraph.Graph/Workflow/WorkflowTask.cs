using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>One task of <c>myTasks</c>: an application or (for <see cref="WorkflowTaskKind.GrantExpiring"/>) a grant waiting on the
/// caller.</summary>
internal sealed record WorkflowTask(
    WorkflowTaskKind Kind,
    ShareApplicationView? Application,
    Grant? Grant,
    DateTimeOffset? DueAt,
    bool Overdue
);
