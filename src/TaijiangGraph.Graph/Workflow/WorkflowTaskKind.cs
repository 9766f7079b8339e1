namespace TaijiangGraph.Graph.Workflow;

/// <summary>What a task of <c>myTasks</c> waits for (docs/workflow.md, "The API").</summary>
internal enum WorkflowTaskKind
{
    /// <summary>The bureau: forward or return a submitted application.</summary>
    Forward,

    /// <summary>The reviewer: approve or reject a forwarded application.</summary>
    Decide,

    /// <summary>The applicant: resubmit or withdraw a returned application.</summary>
    Resubmit,

    /// <summary>The provider: comment on a pending application for its resource.</summary>
    Comment,

    /// <summary>The grantee: a grant ends soon; renew it if still needed.</summary>
    GrantExpiring,

    /// <summary>The bureau: approve or reject a provider's pending record deletion request (docs/data-in.md, "Deletion").</summary>
    DecideDeletion,
}
