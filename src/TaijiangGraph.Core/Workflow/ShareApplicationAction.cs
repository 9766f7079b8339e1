namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// One step taken on an application: who (user and department) took it, when, the state before and after, and the
/// opinion, reason or comment given (null when none was).
/// </summary>
public sealed record ShareApplicationAction(
    ShareApplicationStep Step,
    string UserId,
    string Department,
    DateTimeOffset At,
    ShareApplicationState Before,
    ShareApplicationState After,
    string? Text
);
