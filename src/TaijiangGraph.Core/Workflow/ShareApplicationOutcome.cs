using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// The result of one workflow step: either the new application (and, for an approval, the grant to create in the same
/// transaction), or a refusal with its code and message; a refused input lists every broken rule in
/// <see cref="Violations"/> (the code is then the first violation's).
/// </summary>
public sealed record ShareApplicationOutcome
{
    private ShareApplicationOutcome() { }

    public ShareApplication? Application { get; private init; }

    public Grant? Grant { get; private init; }

    /// <summary>The refusal's code; null when the step succeeded.</summary>
    public string? Code { get; private init; }

    public string? Message { get; private init; }

    public IReadOnlyList<WorkflowViolation> Violations { get; private init; } = [];

    public bool Succeeded => Code is null;

    public static ShareApplicationOutcome Done(ShareApplication application, Grant? grant = null) =>
        new() { Application = application, Grant = grant };

    public static ShareApplicationOutcome Refused(string code, string message) => new() { Code = code, Message = message };

    public static ShareApplicationOutcome Refused(IReadOnlyList<WorkflowViolation> violations) =>
        new()
        {
            Code = violations[0].Code,
            Message = string.Join(" ", violations.Select(v => v.Message)),
            Violations = violations,
        };
}
