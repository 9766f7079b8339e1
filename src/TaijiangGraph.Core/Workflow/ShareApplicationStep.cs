namespace TaijiangGraph.Core.Workflow;

/// <summary>The steps of the share-application workflow; each is one entry of an application's history.</summary>
public enum ShareApplicationStep
{
    Submit,
    Forward,
    Return,
    Resubmit,
    Withdraw,
    Approve,
    Reject,
    Comment,

    /// <summary>The grant the approval created is revoked (by the bureau or the provider).</summary>
    Revoke,
}
