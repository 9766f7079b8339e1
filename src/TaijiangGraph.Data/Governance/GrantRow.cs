namespace TaijiangGraph.Data.Governance;

/// <summary>A conditional-sharing grant (table <c>grants</c>); its items are <see cref="GrantItemRow"/>s.</summary>
public sealed class GrantRow
{
    public required string Id { get; set; }
    public required string Grantee { get; set; }
    public required string Resource { get; set; }
    public required string Purpose { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public required string Approver { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The share application whose approval created the grant, or null.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Row scope as JSON; null for all rows.</summary>
    public string? RowScope { get; set; }

    public List<GrantItemRow> Items { get; set; } = [];
}
