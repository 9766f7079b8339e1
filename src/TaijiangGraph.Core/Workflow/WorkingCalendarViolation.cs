namespace TaijiangGraph.Core.Workflow;

/// <summary>One rule a year's working calendar breaks (docs/workflow.md, Working days).</summary>
/// <param name="Date">The date the rule concerns, or null when it concerns the year itself.</param>
/// <param name="Message">What is wrong, in words a bureau user can act on.</param>
public sealed record WorkingCalendarViolation(DateOnly? Date, string Message)
{
    public override string ToString() => Date is { } date ? $"{date:yyyy-MM-dd}: {Message}" : Message;
}
