namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// A share application as it stands: the applicant department, what it asks for (<see cref="Request"/>, replaced on
/// resubmission), its state, its version (1 when submitted, one more after every step: the store refuses a step on
/// a version that is no longer current) and the steps taken so far, oldest first. Immutable: the steps of
/// <see cref="ShareApplicationRules"/> return a new value.
/// </summary>
public sealed record ShareApplication
{
    public required string Id { get; init; }

    /// <summary>Code of the applicant department.</summary>
    public required string Applicant { get; init; }

    public required ShareApplicationRequest Request { get; init; }

    public required ShareApplicationState State { get; init; }

    public required int Version { get; init; }

    public required IReadOnlyList<ShareApplicationAction> History { get; init; }

    /// <summary>True until the reviewer decides or the applicant withdraws.</summary>
    public bool IsPending => State is ShareApplicationState.Submitted or ShareApplicationState.Returned or ShareApplicationState.Forwarded;
}
