namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// The working calendar of one year as the bureau sets it (docs/workflow.md, Working days): the public holidays (days off) and the
/// 调休 workdays (weekend days that are worked), as the State Council publishes them. Immutable and valid by construction:
/// <see cref="Create"/> refuses a calendar that breaks a rule of <see cref="Validate"/>.
/// </summary>
public sealed class WorkingYear
{
    /// <summary>The first year a calendar may be set for.</summary>
    public const int MinYear = 2000;

    /// <summary>The last year a calendar may be set for.</summary>
    public const int MaxYear = 2100;

    private WorkingYear(int year, IReadOnlySet<DateOnly> holidays, IReadOnlySet<DateOnly> workdays)
    {
        Year = year;
        Holidays = holidays;
        Workdays = workdays;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The public holidays of the year: days off, on any day of the week.</summary>
    public IReadOnlySet<DateOnly> Holidays { get; }

    /// <summary>The 调休 workdays of the year: Saturdays and Sundays that are worked.</summary>
    public IReadOnlySet<DateOnly> Workdays { get; }

    /// <summary>
    /// The calendar of <paramref name="year"/>; a date given twice in one list counts once.
    /// </summary>
    /// <exception cref="WorkingCalendarInvalidException">The calendar breaks a rule of <see cref="Validate"/>.</exception>
    public static WorkingYear Create(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
    {
        var off = holidays.ToHashSet();
        var on = workdays.ToHashSet();
        var violations = Validate(year, off, on);
        return violations.Count == 0 ? new WorkingYear(year, off, on) : throw new WorkingCalendarInvalidException(year, violations);
    }

    /// <summary>
    /// Every rule the calendar breaks, in date order, or none: the year lies outside <see cref="MinYear"/>–<see cref="MaxYear"/>;
    /// a date lies outside the year; a date is both a holiday and a workday; a workday is not a Saturday or a Sunday. A holiday
    /// on a weekend is allowed (the State Council's holiday periods include weekend days).
    /// </summary>
    public static IReadOnlyList<WorkingCalendarViolation> Validate(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
    {
        if (year is < MinYear or > MaxYear)
        {
            return [new WorkingCalendarViolation(null, $"The year {year} lies outside {MinYear}–{MaxYear}.")];
        }

        var off = holidays.ToHashSet();
        var on = workdays.ToHashSet();
        var violations = new List<WorkingCalendarViolation>();
        foreach (var day in off.Where(d => d.Year != year))
        {
            violations.Add(new WorkingCalendarViolation(day, $"The holiday lies outside the year {year}."));
        }

        foreach (var day in on)
        {
            if (day.Year != year)
            {
                violations.Add(new WorkingCalendarViolation(day, $"The workday lies outside the year {year}."));
            }
            else if (off.Contains(day))
            {
                violations.Add(new WorkingCalendarViolation(day, "The date is both a holiday and a workday."));
            }
            else if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                violations.Add(
                    new WorkingCalendarViolation(
                        day,
                        $"The workday is a {day.DayOfWeek}: only a Saturday or a Sunday can be a 调休 workday."
                    )
                );
            }
        }

        return [.. violations.OrderBy(v => v.Date)];
    }

    /// <summary>True when <paramref name="day"/> (of this year) is worked: a 调休 workday, or a weekday that is not a holiday.</summary>
    internal bool IsWorkingDay(DateOnly day) =>
        Workdays.Contains(day) || (!Holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
}
