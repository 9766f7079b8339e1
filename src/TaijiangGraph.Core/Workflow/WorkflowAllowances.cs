namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// The working days a step of the workflow may take (docs/workflow.md, Working days): the bureau's forward or return after a
/// submission or resubmission, and the reviewer's approval or rejection after the forward; each 1 to
/// <see cref="WorkingCalendar.MaxWorkingDays"/>.
/// </summary>
public sealed record WorkflowAllowances
{
    public WorkflowAllowances(int forwardWorkingDays, int decisionWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(forwardWorkingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(forwardWorkingDays, WorkingCalendar.MaxWorkingDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(decisionWorkingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decisionWorkingDays, WorkingCalendar.MaxWorkingDays);
        ForwardWorkingDays = forwardWorkingDays;
        DecisionWorkingDays = decisionWorkingDays;
    }

    /// <summary>Working days to forward or return an application after its last submission or resubmission.</summary>
    public int ForwardWorkingDays { get; }

    /// <summary>Working days to approve or reject an application after its forward.</summary>
    public int DecisionWorkingDays { get; }
}
