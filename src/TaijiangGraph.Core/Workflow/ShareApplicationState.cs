namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// Where a share application stands (docs/policy.md, "Share applications"). A resubmitted application is
/// <see cref="Submitted"/> again; <see cref="Rejected"/>, <see cref="Withdrawn"/> and <see cref="Revoked"/> are final, and
/// <see cref="Approved"/> only moves on to <see cref="Revoked"/> when the approval's grant is revoked.
/// </summary>
public enum ShareApplicationState
{
    /// <summary>Waiting for the bureau to forward or return it.</summary>
    Submitted,

    /// <summary>Returned to the applicant, who may resubmit or withdraw it.</summary>
    Returned,

    /// <summary>Forwarded by the bureau; waiting for the city reviewer's decision.</summary>
    Forwarded,

    Approved,

    Rejected,

    Withdrawn,

    /// <summary>Approved, and the grant the approval created was revoked since.</summary>
    Revoked,
}
