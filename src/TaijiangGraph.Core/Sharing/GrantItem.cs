namespace TaijiangGraph.Core.Sharing;

/// <summary>One item a grant covers; <paramref name="LiftMask"/> lets the grantee read it unmasked.</summary>
public sealed record GrantItem(string Item, bool LiftMask = false);
