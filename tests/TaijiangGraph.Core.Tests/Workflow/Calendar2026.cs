using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Core.Tests.Workflow;

/// <summary>
/// The 2026 working calendar as the State Council's notice on the 2026 holidays (国务院办公厅, 4 November 2025) sets it: the
/// holiday periods of 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节 and 国庆节 (weekend days included) and their 调休 workdays.
/// </summary>
internal static class Calendar2026
{
    public static IReadOnlyList<DateOnly> Holidays { get; } =
    [
        .. Days(new(2026, 1, 1), new(2026, 1, 3)),
        .. Days(new(2026, 2, 15), new(2026, 2, 23)),
        .. Days(new(2026, 4, 4), new(2026, 4, 6)),
        .. Days(new(2026, 5, 1), new(2026, 5, 5)),
        .. Days(new(2026, 6, 19), new(2026, 6, 21)),
        .. Days(new(2026, 9, 25), new(2026, 9, 27)),
        .. Days(new(2026, 10, 1), new(2026, 10, 7)),
    ];

    /// <summary>Sunday 1-4, Saturdays 2-14, 2-28 and 5-9, Sunday 9-20 and Saturday 10-10.</summary>
    public static IReadOnlyList<DateOnly> Workdays { get; } =
    [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)];

    public static WorkingYear Year { get; } = WorkingYear.Create(2026, Holidays, Workdays);

    public static WorkingCalendar Calendar { get; } = WorkingCalendar.Empty.With(Year);

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
