using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>One task of <c>myTasks</c>: an application, (for <see cref="WorkflowTaskKind.GrantExpiring"/>) a grant or (for
/// <see cref="WorkflowTaskKind.DecideDeletion"/>) a record deletion request waiting on the caller.</summary>
internal sealed record WorkflowTask(
    WorkflowTaskKind Kind,
    ShareApplicationView? Application,
    Grant? Grant,
    DateTimeOffset? DueAt,
    bool Overdue,
    RecordDeletionRequest? Deletion = null
);
