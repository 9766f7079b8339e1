namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// One entry of an application's history with its timing (docs/workflow.md, "The API"): the working days since the previous
/// entry (0 for the first) and whether the step was late (a forward or return at or after its forward due time, an approval or
/// rejection at or after its decision due time; other steps are never late).
/// </summary>
public sealed record ScheduledStep(ShareApplicationAction Action, int WorkingDays, bool Late);
