namespace TaijiangGraph.Data.Governance;

/// <summary>One item a grant covers (table <c>grant_items</c>).</summary>
public sealed class GrantItemRow
{
    public required string GrantId { get; set; }
    public required string Item { get; set; }
    public bool LiftMask { get; set; }
}
