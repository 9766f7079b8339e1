using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Data.Governance;

/// <summary>Maps grants between the domain and their rows.</summary>
internal static class GrantMapping
{
    /// <summary>The <c>GRANT_ADDED</c> event of a stored grant: the grant itself as the state after.</summary>
    public static GovernanceEventRow AddedEvent(Grant grant, string actor, DateTimeOffset now) =>
        new()
        {
            Time = now,
            Actor = actor,
            Kind = GovernanceStore.GrantAdded,
            Subject = grant.Id,
            Resource = grant.Resource,
            After = JsonSerializer.Serialize(grant, CatalogJson.Options),
        };

    /// <summary>The <c>GRANT_REVOKED</c> event of a revocation at <paramref name="now"/>: the grant before, the time and the reason
    /// after.</summary>
    public static GovernanceEventRow RevokedEvent(Grant before, string actor, string reason, DateTimeOffset now) =>
        new()
        {
            Time = now,
            Actor = actor,
            Kind = GovernanceStore.GrantRevoked,
            Subject = before.Id,
            Resource = before.Resource,
            Before = JsonSerializer.Serialize(before, CatalogJson.Options),
            After = JsonSerializer.Serialize(new { revokedAt = now, reason }, CatalogJson.Options),
        };

    public static GrantRow ToRow(Grant g) =>
        new()
        {
            Id = g.Id,
            Grantee = g.Grantee,
            Resource = g.Resource,
            Purpose = g.Purpose,
            ValidFrom = g.ValidFrom,
            ValidTo = g.ValidTo,
            Approver = g.Approver,
            // Stored in UTC: PostgreSQL's timestamptz takes only offset 0, and SQLite's text then sorts by instant.
            RevokedAt = g.RevokedAt?.ToUniversalTime(),
            ApplicationId = g.ApplicationId,
            RowScope = g.RowScope.IsAllRows ? null : JsonSerializer.Serialize(g.RowScope, CatalogJson.Options),
            Items = g
                .Items.Select(i => new GrantItemRow
                {
                    GrantId = g.Id,
                    Item = i.Item,
                    LiftMask = i.LiftMask,
                })
                .ToList(),
        };

    public static Grant ToGrant(GrantRow r) =>
        new()
        {
            Id = r.Id,
            Grantee = r.Grantee,
            Resource = r.Resource,
            Purpose = r.Purpose,
            ValidFrom = r.ValidFrom,
            ValidTo = r.ValidTo,
            Approver = r.Approver,
            RevokedAt = r.RevokedAt,
            ApplicationId = r.ApplicationId,
            RowScope = r.RowScope is null
                ? RowScope.AllRows
                : JsonSerializer.Deserialize<RowScope>(r.RowScope, CatalogJson.Options) ?? RowScope.AllRows,
            Items = r.Items.OrderBy(i => i.Item, StringComparer.Ordinal).Select(i => new GrantItem(i.Item, i.LiftMask)).ToList(),
        };
}
