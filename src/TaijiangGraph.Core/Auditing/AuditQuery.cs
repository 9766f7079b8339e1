namespace TaijiangGraph.Core.Auditing;

/// <summary>
/// A search of the audit trail, newest first. <see cref="VisibleToDepartment"/> limits it to a department's own
/// accesses and accesses to the resources it provides (<see cref="ProvidedResources"/>); null for the bureau.
/// </summary>
public sealed record AuditQuery
{
    public string? VisibleToDepartment { get; init; }
    public IReadOnlyList<string> ProvidedResources { get; init; } = [];
    public string? Department { get; init; }
    public string? UserId { get; init; }
    public string? Resource { get; init; }
    public string? Item { get; init; }
    public AuditOutcome? Outcome { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }

    /// <summary>Only records of operations with this signature hash.</summary>
    public string? SignatureHash { get; init; }

    /// <summary>Only records whose returned keys include this keyed hash.</summary>
    public string? KeyHash { get; init; }

    /// <summary>Continue below this record id.</summary>
    public long? BeforeId { get; init; }

    public int Take { get; init; } = 50;
}
