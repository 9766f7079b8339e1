using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// The settings of the share-application workflow, bound from the configuration section <c>Workflow</c> (README,
/// "Configuration"; docs/workflow.md, "The API").
/// </summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflow";

    /// <summary>The longest validity of a grant an application may ask for, in days, both ends included (1–3660).</summary>
    public int MaxGrantDays { get; set; } = ShareApplicationRules.DefaultMaxGrantDays;

    /// <summary>Working days the bureau has to forward or return an application after its (re)submission (1–1000).</summary>
    public int ForwardWorkingDays { get; set; } = 10;

    /// <summary>Working days the city reviewer has to decide an application after its forward (1–1000).</summary>
    public int DecisionWorkingDays { get; set; } = 10;

    /// <summary>A grant whose validity ends within this many days shows as a <c>GRANT_EXPIRING</c> task of its grantee (1–366).</summary>
    public int ExpiryNoticeDays { get; set; } = 30;

    /// <summary>The working-day allowances of the steps.</summary>
    internal WorkflowAllowances Allowances => new(ForwardWorkingDays, DecisionWorkingDays);
}
