using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Core.Tests.Workflow;

/// <summary>
/// docs/workflow.md (Working days): a year's calendar is refused, with every violation and the code <c>INVALID_CALENDAR</c>, when a
/// date lies outside the year, a date is both a holiday and a workday, or a workday is not a Saturday or Sunday; a holiday on a
/// weekend is allowed.
/// </summary>
public sealed class WorkingYearTests
{
    [Fact]
    public void The_State_Councils_2026_calendar_is_valid_with_its_weekend_holidays()
    {
        Assert.Empty(WorkingYear.Validate(2026, Calendar2026.Holidays, Calendar2026.Workdays));
        Assert.Contains(new DateOnly(2026, 10, 3), Calendar2026.Year.Holidays); // a Saturday of 国庆
        Assert.Equal(6, Calendar2026.Year.Workdays.Count);
        Assert.Equal(33, Calendar2026.Year.Holidays.Count);
    }

    [Fact]
    public void A_date_given_twice_counts_once()
    {
        var year = WorkingYear.Create(2026, [new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1)], []);

        Assert.Single(year.Holidays);
    }

    [Fact]
    public void Every_violation_is_reported_in_date_order_with_the_code()
    {
        var error = Assert.Throws<WorkingCalendarInvalidException>(() =>
            WorkingYear.Create(
                2026,
                [new DateOnly(2027, 1, 1), new DateOnly(2026, 10, 10)],
                [new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 9), new DateOnly(2025, 12, 27)]
            )
        );

        Assert.Equal("INVALID_CALENDAR", error.Code);
        Assert.Equal(2026, error.Year);
        Assert.Equal(
            [new DateOnly(2025, 12, 27), new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 10), new DateOnly(2027, 1, 1)],
            error.Violations.Select(v => v.Date!.Value)
        );
        Assert.Contains("outside the year", error.Violations[0].Message, StringComparison.Ordinal);
        Assert.Contains("Friday", error.Violations[1].Message, StringComparison.Ordinal);
        Assert.Contains("both a holiday and a workday", error.Violations[2].Message, StringComparison.Ordinal);
        Assert.Contains("outside the year", error.Violations[3].Message, StringComparison.Ordinal);
        Assert.Contains("2026-10-09", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WorkingYear.MinYear - 1)]
    [InlineData(WorkingYear.MaxYear + 1)]
    public void A_year_outside_the_supported_range_is_refused(int year)
    {
        var violation = Assert.Single(WorkingYear.Validate(year, [], []));

        Assert.Null(violation.Date);
        Assert.Throws<WorkingCalendarInvalidException>(() => WorkingYear.Create(year, [], []));
    }

    [Fact]
    public void A_weekday_holiday_and_a_weekend_workday_are_accepted()
    {
        var year = WorkingYear.Create(2026, [new DateOnly(2026, 10, 9)], [new DateOnly(2026, 10, 11)]);

        Assert.False(WorkingCalendar.Empty.With(year).IsWorkingDay(new DateOnly(2026, 10, 9)));
        Assert.True(WorkingCalendar.Empty.With(year).IsWorkingDay(new DateOnly(2026, 10, 11)));
    }
}
