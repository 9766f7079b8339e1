namespace TaijiangGraph.Core.Auditing;

/// <summary>How an audited access ended.</summary>
public enum AuditOutcome
{
    /// <summary>Everything selected was returned (raw or masked).</summary>
    Allowed,

    /// <summary>Some fields were denied; the rest was returned.</summary>
    Partial,

    /// <summary>Every item selected of the resource was denied.</summary>
    Denied,

    /// <summary>The request was refused before execution (validation, policy, limits).</summary>
    Rejected,
}
