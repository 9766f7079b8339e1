using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Core.Tests.Workflow;

/// <summary>
/// docs/workflow.md (Working days, "The API"): an application's due time, overdue flag, calendar knowledge and the working days
/// and lateness of each step, on the 2026 calendar (国庆 10-01 to 10-07 off, 调休 Saturday 10-10 worked), times pinned in China
/// Standard Time.
/// </summary>
public sealed class ApplicationScheduleTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static readonly WorkflowAllowances ThreeAndFive = new(3, 5);

    /// <summary>Wednesday before 国庆.</summary>
    private static readonly DateTimeOffset Submitted = new(2026, 9, 30, 10, 0, 0, Cst);

    [Fact]
    public void A_submitted_application_is_due_after_the_holiday_week_and_the_workday_Saturday()
    {
        var application = App(ShareApplicationState.Submitted, (ShareApplicationStep.Submit, Submitted));
        var dueAt = new DateTimeOffset(2026, 10, 11, 0, 0, 0, Cst); // 10-08 (1), 10-09 (2), 调休 Saturday 10-10 (3)

        var before = ApplicationSchedule.Of(application, Calendar2026.Calendar, ThreeAndFive, dueAt.AddSeconds(-1));
        var at = ApplicationSchedule.Of(application, Calendar2026.Calendar, ThreeAndFive, dueAt);

        Assert.Equal(dueAt, before.DueAt);
        Assert.Equal(Cst, before.DueAt!.Value.Offset);
        Assert.False(before.Overdue);
        Assert.True(at.Overdue);
        Assert.True(at.CalendarKnown);
        Assert.Equal([0], at.Steps.Select(s => s.WorkingDays));
    }

    [Fact]
    public void Without_the_calendar_only_weekends_are_off_and_the_calendar_is_not_known()
    {
        var application = App(ShareApplicationState.Submitted, (ShareApplicationStep.Submit, Submitted));

        var schedule = ApplicationSchedule.Of(application, WorkingCalendar.Empty, ThreeAndFive, Submitted);

        Assert.Equal(new DateTimeOffset(2026, 10, 6, 0, 0, 0, Cst), schedule.DueAt); // Thursday 10-01, Friday 10-02, Monday 10-05
        Assert.False(schedule.CalendarKnown);
    }

    [Fact]
    public void A_due_day_in_a_year_without_a_calendar_is_not_known()
    {
        var lateDecember = new DateTimeOffset(2026, 12, 28, 9, 0, 0, Cst);
        var application = App(ShareApplicationState.Submitted, (ShareApplicationStep.Submit, lateDecember));

        var schedule = ApplicationSchedule.Of(application, Calendar2026.Calendar, ThreeAndFive, lateDecember);

        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, Cst), schedule.DueAt); // 12-29, 12-30, 12-31: the due day is in 2026
        Assert.True(schedule.CalendarKnown);
        Assert.False(ApplicationSchedule.Of(application, Calendar2026.Calendar, new(4, 5), lateDecember).CalendarKnown); // 2027-01-01
    }

    [Fact]
    public void A_forwarded_application_is_due_for_decision_counted_from_the_forward()
    {
        var forwarded = new DateTimeOffset(2026, 10, 9, 15, 0, 0, Cst); // Friday after 国庆
        var application = App(
            ShareApplicationState.Forwarded,
            (ShareApplicationStep.Submit, Submitted),
            (ShareApplicationStep.Comment, new DateTimeOffset(2026, 10, 8, 9, 0, 0, Cst)),
            (ShareApplicationStep.Forward, forwarded)
        );

        var schedule = ApplicationSchedule.Of(application, Calendar2026.Calendar, ThreeAndFive, forwarded);

        // 调休 Saturday 10-10 (1), 10-12..10-15 (2..5).
        Assert.Equal(new DateTimeOffset(2026, 10, 16, 0, 0, 0, Cst), schedule.DueAt);
        Assert.Equal([0, 1, 1], schedule.Steps.Select(s => s.WorkingDays));
        Assert.All(schedule.Steps, s => Assert.False(s.Late));
    }

    [Fact]
    public void A_forward_after_its_due_time_is_late_and_a_decision_in_time_is_not_and_a_decided_application_is_due_never()
    {
        var application = App(
            ShareApplicationState.Approved,
            (ShareApplicationStep.Submit, Submitted),
            (ShareApplicationStep.Forward, new DateTimeOffset(2026, 10, 11, 0, 0, 0, Cst)), // exactly at the due time: late
            (ShareApplicationStep.Approve, new DateTimeOffset(2026, 10, 16, 23, 59, 59, Cst)) // last second of the 5th working day
        );

        var schedule = ApplicationSchedule.Of(application, Calendar2026.Calendar, ThreeAndFive, Submitted.AddYears(1));

        Assert.Null(schedule.DueAt);
        Assert.False(schedule.Overdue);
        Assert.True(schedule.CalendarKnown);
        Assert.Equal([false, true, false], schedule.Steps.Select(s => s.Late));
        Assert.Equal([0, 3, 5], schedule.Steps.Select(s => s.WorkingDays)); // 10-08, 10-09, 10-10 (Sunday 10-11 off); 10-12..10-16
    }

    [Fact]
    public void A_resubmission_restarts_the_forward_allowance()
    {
        var resubmitted = new DateTimeOffset(2026, 10, 12, 9, 0, 0, Cst); // Monday
        var application = App(
            ShareApplicationState.Submitted,
            (ShareApplicationStep.Submit, Submitted),
            (ShareApplicationStep.Return, new DateTimeOffset(2026, 10, 8, 9, 0, 0, Cst)),
            (ShareApplicationStep.Resubmit, resubmitted)
        );

        var schedule = ApplicationSchedule.Of(application, Calendar2026.Calendar, ThreeAndFive, resubmitted);

        Assert.Equal(new DateTimeOffset(2026, 10, 16, 0, 0, 0, Cst), schedule.DueAt); // 10-13, 10-14, 10-15
    }

    private static ShareApplication App(ShareApplicationState state, params (ShareApplicationStep Step, DateTimeOffset At)[] steps) =>
        WorkflowWorld.Submitted() with
        {
            State = state,
            Version = steps.Length,
            History =
            [
                .. steps.Select(s => new ShareApplicationAction(
                    s.Step,
                    "u",
                    "TJ-JY",
                    s.At,
                    ShareApplicationState.Submitted,
                    ShareApplicationState.Submitted,
                    null
                )),
            ],
        };
}
