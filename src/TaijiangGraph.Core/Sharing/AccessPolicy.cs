using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Core.Sharing;

/// <summary>
/// The sharing policy (共享类型 + 脱敏 + grants) for one item, pure: the provider reads everything raw; others
/// read unconditional items (masked when the item has a mask rule), conditional items only through an active
/// grant covering the item (several grants add up; a mask is lifted only when a lifting grant covers all rows or every covering grant lifts
/// it), and
/// never not-shared, classified or retired items. The bureau has no data privileges.
/// </summary>
public static class AccessPolicy
{
    public static AccessDecision Decide(
        Principal caller,
        CatalogResource resource,
        CatalogItem item,
        IEnumerable<Grant> grants,
        DateTimeOffset now
    ) => Decide(caller.Department, resource, item, grants, now);

    /// <summary>
    /// The decision for a caller of <paramref name="department"/>: the policy looks at nothing else of the caller, so decisions can be
    /// shared by the department's requests (<see cref="GrantWindow"/>).
    /// </summary>
    public static AccessDecision Decide(
        string department,
        CatalogResource resource,
        CatalogItem item,
        IEnumerable<Grant> grants,
        DateTimeOffset now
    )
    {
        if (item.Sharing == SharingType.Classified || item.Retired)
        {
            return AccessDecision.Deny(ErrorCodes.Policy.ForbiddenNotShared, $"{resource.ApiName}.{item.ApiName} is not readable.");
        }

        if (department == resource.Provider)
        {
            return AccessDecision.Raw();
        }

        if (item.Sharing == SharingType.NotShared)
        {
            return AccessDecision.Deny(
                ErrorCodes.Policy.ForbiddenNotShared,
                $"{resource.ApiName}.{item.ApiName} is not " + $"shared (暂不共享): " + $"{item.LegalBasis}"
            );
        }

        var covering = grants
            .Where(g => g.Grantee == department && g.Resource == resource.ApiName && g.IsActiveAt(now))
            .Select(g => (Grant: g, Item: g.Items.FirstOrDefault(i => i.Item == item.ApiName)))
            .Where(x => x.Item is not null)
            .ToList();

        if (item.Sharing == SharingType.Unconditional)
        {
            if (item.Mask == MaskingRule.None)
            {
                return AccessDecision.Raw();
            }

            var lifting = covering.Where(x => x.Item!.LiftMask).Select(x => x.Grant).ToList();
            return lifting.Count > 0 ? AccessDecision.Raw(Scopes(lifting), Ids(lifting)) : AccessDecision.Masked(item.Mask);
        }

        if (covering.Count == 0)
        {
            return AccessDecision.Deny(
                ErrorCodes.Policy.ForbiddenConditional,
                $"{resource.ApiName}.{item.ApiName} is conditional (有条件共享): apply to {resource.Provider} for a grant covering it."
            );
        }

        var all = covering.Select(x => x.Grant).ToList();
        var lifted = covering.Where(x => x.Item!.LiftMask).Select(x => x.Grant).ToList();
        if (item.Mask == MaskingRule.None)
        {
            return AccessDecision.Raw(Scopes(all), Ids(all));
        }

        // A mask is lifted where a lifting grant reaches as far as the caller's read: all rows, or every covering grant lifts.
        return lifted.Count > 0 && (Scopes(lifted).Count == 0 || lifted.Count == all.Count)
            ? AccessDecision.Raw(Scopes(lifted), Ids(lifted))
            : AccessDecision.Masked(item.Mask, Scopes(all), Ids(all));
    }

    /// <summary>Decisions for every exposed item of a resource, by API name.</summary>
    public static IReadOnlyDictionary<string, AccessDecision> DecideAll(
        Principal caller,
        CatalogResource resource,
        IReadOnlyList<Grant> grants,
        DateTimeOffset now
    ) => DecideAll(caller.Department, resource, grants, now);

    /// <summary>Decisions for every exposed item of a resource, by API name, for a caller of <paramref name="department"/>.</summary>
    public static IReadOnlyDictionary<string, AccessDecision> DecideAll(
        string department,
        CatalogResource resource,
        IReadOnlyList<Grant> grants,
        DateTimeOffset now
    ) =>
        resource
            .Items.Where(i => i.IsExposed)
            .ToDictionary(i => i.ApiName, i => Decide(department, resource, i, grants, now), StringComparer.Ordinal);

    /// <summary>The ORed scopes of the grants; empty when any of them covers all rows.</summary>
    private static IReadOnlyList<RowScope> Scopes(IReadOnlyList<Grant> grants) =>
        grants.Any(g => g.RowScope.IsAllRows) ? [] : grants.Select(g => g.RowScope).DistinctBy(s => s.ToString()).ToList();

    private static IReadOnlyList<string> Ids(IEnumerable<Grant> grants) =>
        grants.Select(g => g.Id).Distinct().Order(StringComparer.Ordinal).ToList();
}
