namespace TaijiangGraph.Data.Governance;

/// <summary>
/// A catalog publication, a grant added, or a suspected lookup enumeration (table <c>governance_events</c>), with its actor and
/// the values before and after as JSON, written in the same transaction as the change.
/// </summary>
public sealed class GovernanceEventRow
{
    public long Id { get; set; }
    public DateTimeOffset Time { get; set; }
    public required string Actor { get; set; }

    /// <summary>E.g. <c>CATALOG_PUBLISHED</c>, <c>GRANT_ADDED</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>What changed, e.g. <c>catalog</c> or a grant id.</summary>
    public required string Subject { get; set; }

    /// <summary>The resource the event concerns, when it concerns one: its provider may read the event too.</summary>
    public string? Resource { get; set; }

    public string? Before { get; set; }
    public string? After { get; set; }
}
