using System.Collections.Immutable;
using TaijiangGraph.Core.Time;

namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// The working-day calendar the due dates of the share-application workflow are counted on (docs/workflow.md, Working days).
/// Immutable: it holds the <see cref="WorkingYear"/> calendars the bureau has set, and <see cref="With"/> gives a new calendar.
/// Days are calendar days in China Standard Time (UTC+8, a fixed offset). A day is working when it is a 调休 workday of its year,
/// else when it is Monday–Friday and not a holiday of its year; for a year without a calendar, weekends are the only days off
/// (<see cref="IsKnown(int)"/> says false, the API <c>calendarKnown: false</c>).
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>The largest number of working days a due date may be counted over.</summary>
    public const int MaxWorkingDays = 1000;

    private readonly ImmutableDictionary<int, WorkingYear> _years;

    private WorkingCalendar(ImmutableDictionary<int, WorkingYear> years) => _years = years;

    /// <summary>A calendar without any year: weekends are the only days off.</summary>
    public static WorkingCalendar Empty { get; } = new(ImmutableDictionary<int, WorkingYear>.Empty);

    /// <summary>The years that have a calendar, in year order.</summary>
    public IReadOnlyList<WorkingYear> Years => [.. _years.Values.OrderBy(y => y.Year)];

    /// <summary>A calendar of <paramref name="years"/>; a year given twice keeps its last calendar.</summary>
    public static WorkingCalendar Of(IEnumerable<WorkingYear> years) => years.Aggregate(Empty, (calendar, year) => calendar.With(year));

    /// <summary>This calendar with <paramref name="year"/> set, replacing any calendar that year had.</summary>
    public WorkingCalendar With(WorkingYear year) => new(_years.SetItem(year.Year, year));

    /// <summary>True when <paramref name="year"/> has a calendar; false when only weekends are known to be off.</summary>
    public bool IsKnown(int year) => _years.ContainsKey(year);

    /// <summary>
    /// True when every year from the day (CST) of <paramref name="start"/> to <paramref name="through"/> has a calendar, so that a due
    /// day counted over that stretch rests on known holidays (the API's <c>calendarKnown</c>); true for an empty stretch.
    /// </summary>
    public bool IsKnown(DateTimeOffset start, DateOnly through)
    {
        for (var year = ChinaStandardTime.DayOf(start).Year; year <= through.Year; year++)
        {
            if (!IsKnown(year))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="day"/> is worked: a 调休 workday of its year is; a holiday of its year is not; otherwise
    /// Monday–Friday are.
    /// </summary>
    public bool IsWorkingDay(DateOnly day) =>
        _years.TryGetValue(day.Year, out var year) ? year.IsWorkingDay(day) : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The due day of a step started at <paramref name="start"/> with <paramref name="workingDays"/> working days to do it: the
    /// <paramref name="workingDays"/>-th working day after the day (CST) of <paramref name="start"/>. The start day itself never
    /// counts, whether it is a working day or not.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside 1–<see cref="MaxWorkingDays"/>.</exception>
    public DateOnly DueDay(DateTimeOffset start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);

        var day = ChinaStandardTime.DayOf(start);
        for (var counted = 0; counted < workingDays; )
        {
            day = day.AddDays(1);
            counted += IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }

    /// <summary>
    /// The instant a step started at <paramref name="start"/> with <paramref name="workingDays"/> working days becomes overdue:
    /// the end of its <see cref="DueDay"/>, i.e. 00:00 CST of the following day (exclusive), with the offset +08:00.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside 1–<see cref="MaxWorkingDays"/>.</exception>
    public DateTimeOffset DueAt(DateTimeOffset start, int workingDays) => ChinaStandardTime.StartOf(DueDay(start, workingDays).AddDays(1));

    /// <summary>
    /// True when a step due at <paramref name="dueAt"/> (from <see cref="DueAt"/>) and not done is overdue at <paramref name="now"/>.
    /// </summary>
    public static bool IsOverdue(DateTimeOffset dueAt, DateTimeOffset now) => now >= dueAt;

    /// <summary>
    /// The working days a step took that started at <paramref name="start"/> and ended at <paramref name="end"/>: the working days
    /// after the start day up to and including the end day (days in CST). A step ended on its start day took 0. A step done by its
    /// due day took at most its allowance of N; one done on a day off after its due day also shows N but was late: lateness is
    /// decided by <see cref="IsOverdue"/>, not by this count.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public int WorkingDaysBetween(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {end:O} is before the start {start:O}.", nameof(end));
        }

        var last = ChinaStandardTime.DayOf(end);
        var count = 0;
        for (var day = ChinaStandardTime.DayOf(start).AddDays(1); day <= last; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }
}
