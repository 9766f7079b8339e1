using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// Thrown when a year's working calendar breaks the rules of docs/workflow.md (Working days); carries every violation, and the
/// error code <see cref="ErrorCodes.Workflow.InvalidCalendar"/> the API answers with.
/// </summary>
public sealed class WorkingCalendarInvalidException(int year, IReadOnlyList<WorkingCalendarViolation> violations)
    : Exception($"The working calendar of {year} is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, violations))
{
    /// <summary>The year whose calendar was refused.</summary>
    public int Year { get; } = year;

    /// <summary>Every rule the calendar breaks, at least one.</summary>
    public IReadOnlyList<WorkingCalendarViolation> Violations { get; } = violations;

    /// <summary>The error code of the refusal: <see cref="ErrorCodes.Workflow.InvalidCalendar"/>.</summary>
    public string Code => ErrorCodes.Workflow.InvalidCalendar;
}
