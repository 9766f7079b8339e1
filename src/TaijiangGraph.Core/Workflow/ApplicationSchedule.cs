namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// The due dates of one application on a working calendar (docs/workflow.md, Working days and "The API"), pure. A submitted
/// application is due to be forwarded or returned <see cref="WorkflowAllowances.ForwardWorkingDays"/> after its last submission or
/// resubmission; a forwarded one is due to be decided <see cref="WorkflowAllowances.DecisionWorkingDays"/> after its forward; any
/// other state has no due time. <see cref="CalendarKnown"/> says whether every year from the step's start to its due day has a
/// calendar (true when nothing is due); <see cref="Overdue"/> whether the due time has come (<c>now &gt;= dueAt</c>).
/// </summary>
public sealed record ApplicationSchedule(DateTimeOffset? DueAt, bool Overdue, bool CalendarKnown, IReadOnlyList<ScheduledStep> Steps)
{
    /// <summary>The schedule of <paramref name="application"/> at <paramref name="now"/>.</summary>
    public static ApplicationSchedule Of(
        ShareApplication application,
        WorkingCalendar calendar,
        WorkflowAllowances allowances,
        DateTimeOffset now
    )
    {
        DateTimeOffset? forwardFrom = null;
        DateTimeOffset? decisionFrom = null;
        ShareApplicationAction? previous = null;
        var steps = new List<ScheduledStep>(application.History.Count);
        foreach (var action in application.History)
        {
            // Two instances' clocks may disagree by a little: an entry earlier than the one before it took 0 days.
            var days = previous is null || action.At < previous.At ? 0 : calendar.WorkingDaysBetween(previous.At, action.At);
            var late = action.Step switch
            {
                ShareApplicationStep.Forward or ShareApplicationStep.Return => IsLate(
                    calendar,
                    forwardFrom,
                    allowances.ForwardWorkingDays,
                    action.At
                ),
                ShareApplicationStep.Approve or ShareApplicationStep.Reject => IsLate(
                    calendar,
                    decisionFrom,
                    allowances.DecisionWorkingDays,
                    action.At
                ),
                _ => false,
            };
            steps.Add(new ScheduledStep(action, days, late));
            if (action.Step is ShareApplicationStep.Submit or ShareApplicationStep.Resubmit)
            {
                forwardFrom = action.At;
            }
            else if (action.Step == ShareApplicationStep.Forward)
            {
                decisionFrom = action.At;
            }

            previous = action;
        }

        var (start, allowance) = application.State switch
        {
            ShareApplicationState.Submitted => (forwardFrom, allowances.ForwardWorkingDays),
            ShareApplicationState.Forwarded => (decisionFrom, allowances.DecisionWorkingDays),
            _ => (null, 0),
        };
        if (start is not { } from)
        {
            return new ApplicationSchedule(null, false, true, steps);
        }

        var dueAt = calendar.DueAt(from, allowance);
        var known = calendar.IsKnown(from, calendar.DueDay(from, allowance));
        return new ApplicationSchedule(dueAt, WorkingCalendar.IsOverdue(dueAt, now), known, steps);
    }

    private static bool IsLate(WorkingCalendar calendar, DateTimeOffset? start, int allowance, DateTimeOffset at) =>
        start is { } from && WorkingCalendar.IsOverdue(calendar.DueAt(from, allowance), at);
}
