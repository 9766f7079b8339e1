using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Governance;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Data.Governance;

/// <summary>
/// Reads and writes catalog versions, departments and grants in the governance database. A department's grants are read once and
/// cached (<see cref="GrantCache"/>): a grant change made here drops the affected departments' entries before it returns, and
/// <see cref="RefreshGrantsAsync"/> drops them all once another instance changed something (docs/architecture.md, Grants and
/// decisions cached per department).
/// </summary>
public sealed class GovernanceStore(IDbContextFactory<GovernanceDbContext> contexts, TimeProvider clock) : IGrantStore, IGovernanceEvents
{
    /// <summary>Kind of the governance event written when a grant is stored.</summary>
    public const string GrantAdded = "GRANT_ADDED";

    /// <summary>Kind of the governance event written when a grant is revoked.</summary>
    public const string GrantRevoked = "GRANT_REVOKED";

    /// <summary>Kind of the governance event of a batch of records a provider put in (docs/data-in.md, "The record intake").</summary>
    public const string RecordsWritten = "RECORDS_WRITTEN";

    private readonly GrantCache _grants = new(contexts);

    /// <summary>The newest published catalog, or null on a fresh database.</summary>
    public async Task<DataCatalog?> LoadPublishedCatalogAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.CatalogVersions.AsNoTracking().OrderByDescending(c => c.Version).FirstOrDefaultAsync(ct);
        return row is null ? null : CatalogJson.DeserializeCatalog(row.Document);
    }

    /// <summary>The catalog version the dataset tables were last migrated to, or null when none.</summary>
    public async Task<DataCatalog?> LoadDatasetCatalogAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var version = await db.DatasetMigrations.MaxAsync(m => (int?)m.CatalogVersion, ct);
        if (version is null)
        {
            return null;
        }

        var row = await db.CatalogVersions.AsNoTracking().SingleAsync(c => c.Version == version, ct);
        return CatalogJson.DeserializeCatalog(row.Document);
    }

    /// <summary>
    /// Records a new catalog version (validated by the caller) with the dataset DDL applied for it and a
    /// <c>CATALOG_PUBLISHED</c> event carrying its changes, and syncs departments.
    /// </summary>
    public async Task SaveVersionAsync(
        DataCatalog catalog,
        CatalogDiff changes,
        CatalogPublication publication,
        string datasetSql,
        CancellationToken ct = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        db.CatalogVersions.Add(
            new CatalogVersionRow
            {
                Version = catalog.Version,
                PublishedAt = now,
                PublishedBy = publication.PublishedBy,
                Note = publication.Note,
                Document = CatalogJson.Serialize(catalog),
            }
        );
        db.DatasetMigrations.Add(
            new DatasetMigrationRow
            {
                CatalogVersion = catalog.Version,
                AppliedAt = now,
                Sql = datasetSql,
            }
        );
        var previous = await db
            .CatalogVersions.AsNoTracking()
            .Where(c => c.Version < catalog.Version)
            .OrderByDescending(c => c.Version)
            .Select(c => (int?)c.Version)
            .FirstOrDefaultAsync(ct);
        db.Events.Add(
            new GovernanceEventRow
            {
                Time = now,
                Actor = publication.PublishedBy,
                Kind = "CATALOG_PUBLISHED",
                Subject = "catalog",
                Before = previous is null ? null : JsonSerializer.Serialize(new { version = previous }),
                After = CatalogPublishedEvent.Serialize(catalog.Version, publication, changes),
            }
        );
        var known = await db.Departments.ToDictionaryAsync(d => d.Code, ct);
        foreach (var d in catalog.Departments)
        {
            if (known.TryGetValue(d.Code, out var row))
            {
                row.Name = d.Name;
            }
            else
            {
                db.Departments.Add(new DepartmentRow { Code = d.Code, Name = d.Name });
            }
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Stores grants, each with a <c>GRANT_ADDED</c> event, in one transaction. The grantees' cached grants are dropped before this
    /// returns, whatever the outcome.
    /// </summary>
    public async Task AddGrantsAsync(IEnumerable<Grant> grants, string actor, CancellationToken ct = default)
    {
        var added = grants.ToList();
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow();
            foreach (var grant in added)
            {
                db.Grants.Add(GrantMapping.ToRow(grant));
                db.Events.Add(GrantMapping.AddedEvent(grant, actor, now));
            }

            await db.SaveChangesAsync(ct);
        }
        finally
        {
            foreach (var grantee in added.Select(g => g.Grantee).Distinct(StringComparer.Ordinal))
            {
                _grants.Forget(grantee);
            }
        }
    }

    /// <summary>
    /// Revokes a grant at the clock's now, with a <c>GRANT_REVOKED</c> event (the grant before; the time and
    /// <paramref name="reason"/>) in the same transaction, and drops the grantee's cached grants before returning, so this
    /// instance refuses reads that rested on the grant from then on. A grant already revoked keeps its revocation and gets no
    /// event. Returns the grant as it now stands, or null when no grant has the id.
    /// </summary>
    public async Task<Grant?> RevokeGrantAsync(string grantId, string actor, string reason, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Grants.Include(g => g.Items).SingleOrDefaultAsync(g => g.Id == grantId, ct);
        if (row is null)
        {
            return null;
        }

        var before = GrantMapping.ToGrant(row);
        var now = clock.GetUtcNow();
        if (before.StateAt(now) == GrantState.Revoked)
        {
            return before;
        }

        try
        {
            // Stored in UTC, as GrantMapping stores it.
            row.RevokedAt = now.ToUniversalTime();
            db.Events.Add(GrantMapping.RevokedEvent(before, actor, reason, now));
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            _grants.Forget(row.Grantee);
        }

        return GrantMapping.ToGrant(row);
    }

    /// <summary>
    /// Drops every cached grant when the governance database changed since they were read (another instance stored or revoked a
    /// grant, or published a catalog); true when it dropped them. The host calls this every <c>Catalog:RefreshSeconds</c>.
    /// </summary>
    public Task<bool> RefreshGrantsAsync(CancellationToken ct = default) => _grants.RefreshAsync(ct);

    /// <summary>
    /// Drops the cached grants of <paramref name="department"/>: a store that writes grants itself (the share-application store)
    /// calls this once its transaction ended, so this instance's next read sees the change.
    /// </summary>
    internal void ForgetGrantsOf(string department) => _grants.Forget(department);

    /// <inheritdoc />
    public async Task<IReadOnlyList<GovernanceEvent>> EventsAsync(
        string? kind,
        long? beforeId,
        int take,
        IReadOnlyCollection<string>? ofResources = null,
        CancellationToken ct = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var events = db.Events.AsNoTracking();
        if (ofResources is not null)
        {
            events = events.Where(e => e.Resource != null && ofResources.Contains(e.Resource));
        }

        if (kind is not null)
        {
            events = events.Where(e => e.Kind == kind);
        }

        if (beforeId is not null)
        {
            events = events.Where(e => e.Id < beforeId);
        }

        return await events
            .OrderByDescending(e => e.Id)
            .Take(take)
            .Select(e => new GovernanceEvent(e.Id, e.Time, e.Actor, e.Kind, e.Subject, e.Resource, e.Before, e.After))
            .ToListAsync(ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Grant>> GrantsOfAsync(string department, CancellationToken ct = default) =>
        (await _grants.HeldByAsync(department, ct)).All;

    /// <inheritdoc />
    public Task<HeldGrants> HeldByAsync(string department, CancellationToken ct = default) => _grants.HeldByAsync(department, ct);

    public async Task<IReadOnlyList<Grant>> AllAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Grants.AsNoTracking().Include(g => g.Items).OrderBy(g => g.Id).ToListAsync(ct);
        return rows.Select(GrantMapping.ToGrant).ToList();
    }
}
