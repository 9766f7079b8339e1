using System.Globalization;
using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Core.Tests.Workflow;

/// <summary>
/// docs/workflow.md (Working days): which days are worked, and due dates counted in working days on a calendar that holds the
/// 国庆 week of 2026 (days off 10-01 to 10-07, 调休 workdays Sunday 9-20 and Saturday 10-10), in China Standard Time.
/// </summary>
public sealed class WorkingCalendarTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static WorkingCalendar Calendar => Calendar2026.Calendar;

    [Theory]
    [InlineData("2026-10-01", false)] // 国庆, a Thursday
    [InlineData("2026-10-03", false)] // 国庆, a Saturday
    [InlineData("2026-10-08", true)] // the Thursday after 国庆
    [InlineData("2026-10-10", true)] // 调休 Saturday
    [InlineData("2026-09-20", true)] // 调休 Sunday
    [InlineData("2026-10-17", false)] // an ordinary Saturday
    [InlineData("2026-10-19", true)] // an ordinary Monday
    public void A_workday_is_worked_a_holiday_is_not_and_otherwise_Monday_to_Friday_are(string day, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(day, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_due_date_skips_the_holiday_week_and_counts_the_workday_Saturday()
    {
        var start = new DateTimeOffset(2026, 9, 30, 10, 0, 0, Cst); // Wednesday before 国庆

        // 10-01..10-07 off, then Thursday 10-08 (1), Friday 10-09 (2), 调休 Saturday 10-10 (3).
        Assert.Equal(new DateOnly(2026, 10, 10), Calendar.DueDay(start, 3));
        Assert.Equal(new DateTimeOffset(2026, 10, 11, 0, 0, 0, Cst), Calendar.DueAt(start, 3));
        Assert.Equal(Cst, Calendar.DueAt(start, 3).Offset);

        // Without the calendar only weekends are off: Thursday 10-01, Friday 10-02, Monday 10-05.
        Assert.Equal(new DateOnly(2026, 10, 5), WorkingCalendar.Empty.DueDay(start, 3));
    }

    [Fact]
    public void Ten_working_days_across_the_holiday_week_end_on_the_second_Friday_after_it()
    {
        var start = new DateTimeOffset(2026, 9, 28, 9, 0, 0, Cst); // Monday

        // 9-29 (1), 9-30 (2), 10-08 (3), 10-09 (4), 10-10 (5), 10-12..10-16 (6..10).
        Assert.Equal(new DateOnly(2026, 10, 16), Calendar.DueDay(start, 10));
    }

    [Fact]
    public void A_workday_Sunday_counts_and_the_start_day_never_does()
    {
        var friday = new DateTimeOffset(2026, 9, 18, 9, 0, 0, Cst);
        var saturday = new DateTimeOffset(2026, 9, 19, 9, 0, 0, Cst);

        Assert.Equal(new DateOnly(2026, 9, 20), Calendar.DueDay(friday, 1)); // 调休 Sunday
        Assert.Equal(new DateOnly(2026, 9, 20), Calendar.DueDay(saturday, 1));
        Assert.Equal(new DateOnly(2026, 9, 21), Calendar.DueDay(new DateTimeOffset(2026, 9, 20, 9, 0, 0, Cst), 1));
    }

    [Fact]
    public void Overdue_flips_exactly_at_the_end_of_the_due_day_in_China_Standard_Time()
    {
        var due = Calendar.DueAt(new DateTimeOffset(2026, 9, 30, 10, 0, 0, Cst), 3); // due day 10-10

        Assert.False(WorkingCalendar.IsOverdue(due, new DateTimeOffset(2026, 10, 10, 23, 59, 59, Cst).AddTicks(9_999_999)));
        Assert.False(WorkingCalendar.IsOverdue(due, new DateTimeOffset(2026, 10, 10, 15, 59, 59, 999, TimeSpan.Zero)));
        Assert.True(WorkingCalendar.IsOverdue(due, new DateTimeOffset(2026, 10, 11, 0, 0, 0, Cst)));
        Assert.True(WorkingCalendar.IsOverdue(due, new DateTimeOffset(2026, 10, 10, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_start_late_in_the_evening_UTC_counts_from_the_next_day_in_China()
    {
        // Friday 10-09 16:30 UTC is already 调休 Saturday 10-10 00:30 CST: the start day is 10-10, and it does not count.
        var start = new DateTimeOffset(2026, 10, 9, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 10, 12), Calendar.DueDay(start, 1));
        var due = Calendar.DueAt(start, 1);
        Assert.Equal(new DateTimeOffset(2026, 10, 12, 16, 0, 0, TimeSpan.Zero), due);
        Assert.False(WorkingCalendar.IsOverdue(due, new DateTimeOffset(2026, 10, 12, 15, 59, 59, TimeSpan.Zero)));
        Assert.True(WorkingCalendar.IsOverdue(due, new DateTimeOffset(2026, 10, 12, 16, 0, 0, TimeSpan.Zero)));

        // Counted from the UTC day (Friday 10-09) the due day would have been the 调休 Saturday itself.
        Assert.Equal(new DateOnly(2026, 10, 10), Calendar.DueDay(new DateTimeOffset(2026, 10, 9, 15, 30, 0, TimeSpan.Zero), 1));
    }

    [Fact]
    public void The_working_days_a_step_took_are_counted_after_the_start_day_up_to_the_end_day()
    {
        var start = new DateTimeOffset(2026, 9, 30, 10, 0, 0, Cst);

        Assert.Equal(0, Calendar.WorkingDaysBetween(start, start.AddHours(8)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(start, new DateTimeOffset(2026, 10, 7, 18, 0, 0, Cst)));
        Assert.Equal(1, Calendar.WorkingDaysBetween(start, new DateTimeOffset(2026, 10, 8, 9, 0, 0, Cst)));
        Assert.Equal(3, Calendar.WorkingDaysBetween(start, new DateTimeOffset(2026, 10, 10, 9, 0, 0, Cst)));
        // Both ends in CST: Saturday 10-10 00:30 to Monday 10-12 23:59.
        var lateStart = new DateTimeOffset(2026, 10, 9, 16, 30, 0, TimeSpan.Zero);
        Assert.Equal(1, Calendar.WorkingDaysBetween(lateStart, new DateTimeOffset(2026, 10, 12, 15, 59, 0, TimeSpan.Zero)));
        Assert.Equal(2, Calendar.WorkingDaysBetween(lateStart, new DateTimeOffset(2026, 10, 12, 16, 0, 0, TimeSpan.Zero)));
        Assert.Throws<ArgumentException>(() => Calendar.WorkingDaysBetween(start, start.AddTicks(-1)));
    }

    [Fact]
    public void A_step_done_on_a_day_off_after_its_due_day_shows_its_allowance_but_is_overdue()
    {
        var start = new DateTimeOffset(2026, 9, 30, 10, 0, 0, Cst);
        var sunday = new DateTimeOffset(2026, 10, 11, 10, 0, 0, Cst); // the day after the due day 10-10, a day off

        Assert.Equal(3, Calendar.WorkingDaysBetween(start, sunday));
        Assert.True(WorkingCalendar.IsOverdue(Calendar.DueAt(start, 3), sunday));
        Assert.Equal(4, Calendar.WorkingDaysBetween(start, sunday.AddDays(1)));
    }

    [Fact]
    public void A_year_without_a_calendar_has_only_weekends_off_and_is_not_known()
    {
        Assert.True(Calendar.IsKnown(2026));
        Assert.False(Calendar.IsKnown(2027));
        Assert.False(WorkingCalendar.Empty.IsKnown(2026));

        Assert.True(Calendar.IsWorkingDay(new DateOnly(2027, 1, 1))); // 元旦 2027, a Friday: not known to be off
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2027, 1, 2))); // a Saturday
        Assert.True(WorkingCalendar.Empty.IsWorkingDay(new DateOnly(2026, 10, 1))); // 国庆, unknown without the calendar

        // Thursday 12-31-2026: Friday 2027-01-01 (1), Monday 2027-01-04 (2).
        var start = new DateTimeOffset(2026, 12, 31, 9, 0, 0, Cst);
        var due = Calendar.DueDay(start, 2);
        Assert.Equal(new DateOnly(2027, 1, 4), due);
        Assert.False(Calendar.IsKnown(start, due));
        Assert.True(Calendar.IsKnown(start, Calendar.DueDay(new DateTimeOffset(2026, 12, 28, 9, 0, 0, Cst), 2)));

        // 2026-12-31 16:30 UTC is already 2027 in China.
        Assert.False(Calendar.IsKnown(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero), new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void Setting_a_year_gives_a_new_calendar_and_replaces_that_year_only()
    {
        var withoutHolidays = Calendar.With(WorkingYear.Create(2026, [], []));

        Assert.True(withoutHolidays.IsWorkingDay(new DateOnly(2026, 10, 1)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));
        Assert.False(WorkingCalendar.Empty.IsKnown(2026));

        var two = WorkingCalendar.Of([Calendar2026.Year, WorkingYear.Create(2027, [new DateOnly(2027, 1, 1)], [])]);
        Assert.Equal([2026, 2027], two.Years.Select(y => y.Year));
        Assert.False(two.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.False(two.IsWorkingDay(new DateOnly(2026, 10, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(WorkingCalendar.MaxWorkingDays + 1)]
    public void A_due_date_needs_one_to_the_maximum_working_days(int workingDays)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.DueAt(DateTimeOffset.UnixEpoch, workingDays));
    }
}
