namespace TaijiangGraph.Core.Time;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving time) as a fixed offset, so that days of the workflow do not depend on the
/// time-zone database of the machine: the district's days for grant validity (docs/policy.md) and working days
/// (docs/workflow.md).
/// </summary>
public static class ChinaStandardTime
{
    /// <summary>The offset of China Standard Time from UTC: eight hours, all year.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar day in China on which <paramref name="instant"/> falls.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The first instant (00:00 CST) of <paramref name="day"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
