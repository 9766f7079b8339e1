namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// One broken rule of an application input or an approval: its code (<see cref="Errors.ErrorCodes.Workflow"/>), the input
/// field it concerns (e.g. <c>items</c>, <c>validTo</c>), the item when it concerns one, and a message safe to show the caller.
/// </summary>
public sealed record WorkflowViolation(string Code, string Field, string? Item, string Message);
