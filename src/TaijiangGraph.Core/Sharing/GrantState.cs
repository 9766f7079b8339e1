namespace TaijiangGraph.Core.Sharing;

/// <summary>Where a grant stands at a given moment.</summary>
public enum GrantState
{
    NotYetValid,
    Active,
    Expired,
    Revoked,
}
