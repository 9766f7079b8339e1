namespace TaijiangGraph.Core.Workflow;

/// <summary>Stores the working calendar (docs/workflow.md, Working days and "Storage").</summary>
public interface IWorkingCalendarStore
{
    /// <summary>Sets (or replaces) the calendar of one year, with a <c>WORKING_CALENDAR_SET</c> event in the same transaction.</summary>
    Task SetYearAsync(WorkingYear year, string actor, CancellationToken ct = default);

    /// <summary>Every year set so far; <see cref="WorkingCalendar.Empty"/> when none.</summary>
    Task<WorkingCalendar> LoadCalendarAsync(CancellationToken ct = default);
}
