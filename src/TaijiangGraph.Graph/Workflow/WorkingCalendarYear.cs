namespace TaijiangGraph.Graph.Workflow;

/// <summary>One year of the working calendar as the API shows it; a year without a calendar is not known and lists no dates.</summary>
internal sealed record WorkingCalendarYear(int Year, bool Known, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays);
