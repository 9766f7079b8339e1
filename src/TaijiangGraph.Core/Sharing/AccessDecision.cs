using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Sharing;

/// <summary>
/// The decision for (caller, resource, item, grants, now): raw, masked by <see cref="Mask"/>, or denied with
/// <see cref="DenyCode"/>. <see cref="RowScopes"/> lists the scopes of the grants the access rests on, ORed;
/// empty means all rows. <see cref="GrantIds"/> names those grants (for the audit trail's approvers).
/// </summary>
public sealed record AccessDecision(
    AccessKind Kind,
    MaskingRule Mask,
    string? DenyCode,
    string? Reason,
    IReadOnlyList<RowScope> RowScopes,
    IReadOnlyList<string> GrantIds
)
{
    public static AccessDecision Raw(IReadOnlyList<RowScope>? scopes = null, IReadOnlyList<string>? grants = null) =>
        new(AccessKind.Raw, MaskingRule.None, null, null, scopes ?? [], grants ?? []);

    public static AccessDecision Masked(MaskingRule mask, IReadOnlyList<RowScope>? scopes = null, IReadOnlyList<string>? grants = null) =>
        new(AccessKind.Masked, mask, null, null, scopes ?? [], grants ?? []);

    public static AccessDecision Deny(string code, string reason) => new(AccessKind.Denied, MaskingRule.None, code, reason, [], []);

    public bool IsReadable => Kind != AccessKind.Denied;

    /// <summary>True when the access rests only on row-scoped grants.</summary>
    public bool IsScoped => RowScopes.Count > 0;

    public override string ToString() =>
        Kind switch
        {
            AccessKind.Raw => IsScoped ? $"RAW [{string.Join(" OR ", RowScopes)}]" : "RAW",
            AccessKind.Masked => IsScoped ? $"MASK({Mask}) [{string.Join(" OR ", RowScopes)}]" : $"MASK({Mask})",
            _ => $"DENY({DenyCode})",
        };
}
