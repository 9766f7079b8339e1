namespace TaijiangGraph.Data.Governance;

/// <summary>
/// The working calendar of one year as the bureau last set it (table <c>working_years</c>, docs/workflow.md "Storage"): the
/// holidays and 调休 workdays as JSON arrays of ISO dates, who set it and when.
/// </summary>
public sealed class WorkingYearRow
{
    public int Year { get; set; }

    public required string Holidays { get; set; }

    public required string Workdays { get; set; }

    public required string SetBy { get; set; }

    public DateTimeOffset SetAt { get; set; }
}
