using GraphQL;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// The errors of the workflow fields (docs/errors.md, Share applications): each an <see cref="ExecutionError"/> with its code; a
/// refused input also carries <c>extensions.violations</c>, every broken rule as <c>{ code, field, item, message }</c> (the
/// error's code is the first one's). An unknown id and an id the caller may not see get the same answer.
/// </summary>
internal static class WorkflowErrors
{
    public static ExecutionError Refused(ShareApplicationOutcome outcome) =>
        outcome.Violations.Count > 0
            ? Violations(outcome.Message ?? outcome.Code!, outcome.Violations)
            : new ExecutionError(outcome.Message ?? outcome.Code!) { Code = outcome.Code };

    public static ExecutionError Violations(string message, IReadOnlyList<WorkflowViolation> violations)
    {
        var error = new ExecutionError(message) { Code = violations[0].Code };
        error.Data["violations"] = violations
            .Select(v => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = v.Code,
                ["field"] = v.Field,
                ["item"] = v.Item,
                ["message"] = v.Message,
            })
            .ToList();
        return error;
    }

    public static ExecutionError UnknownApplication(string id) =>
        new($"No share application '{id}' is known to the caller.") { Code = ErrorCodes.Workflow.UnknownApplication };

    public static ExecutionError UnknownGrant(string id) =>
        new($"No grant '{id}' is known to the caller.") { Code = ErrorCodes.Workflow.UnknownGrant };

    public static ExecutionError Stale(ShareApplication application, int version) =>
        new($"Application {application.Id} is at version {application.Version}, not {version}: another step came first.")
        {
            Code = ErrorCodes.Workflow.StaleState,
        };

    public static ExecutionError Forbidden(string message) => new(message) { Code = ErrorCodes.Governance.Forbidden };
}
