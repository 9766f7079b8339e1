using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Hosting;

/// <summary>
/// Brings the database to the current state on start: creates the data folder, applies governance and
/// audit-trail migrations, seeds an empty database with the sample world, finishes an interrupted dataset migration,
/// and loads and builds the published catalog (a version it cannot build stops the start: <see cref="CatalogBuildFailedException"/>).
/// </summary>
public sealed class DatabaseInitializer(
    DatabaseOptions options,
    IDbContextFactory<GovernanceDbContext> governance,
    IDbContextFactory<AuditDbContext> audit,
    GovernanceStore store,
    CatalogPublisher publisher,
    DatasetMigrator migrator,
    DatasetRecordStore records,
    CatalogState state,
    ILogger<DatabaseInitializer> logger
)
{
    public async Task InitializeAsync(SeedOptions seed, CancellationToken ct = default)
    {
        Directory.CreateDirectory(options.DataFolder);
        await using (var db = await governance.CreateDbContextAsync(ct))
        {
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.OpenConnectionAsync(ct);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }

            await db.Database.MigrateAsync(ct);
        }

        await using (var trail = await audit.CreateDbContextAsync(ct))
        {
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await trail.Database.OpenConnectionAsync(ct);
                await trail.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }

            await trail.Database.MigrateAsync(ct);
        }

        var catalog = await store.LoadPublishedCatalogAsync(ct);
        if (catalog is null)
        {
            if (!seed.Enabled)
            {
                logger.LogWarning("The database holds no catalog and seeding is off: publish a catalog before querying data.");
                return;
            }

            await SeedAsync(seed, ct);
            return;
        }

        var applied = await store.LoadDatasetCatalogAsync(ct);
        if (applied?.Version != catalog.Version)
        {
            await migrator.MigrateAsync(applied, catalog, ct);
        }
        else if (await migrator.LayoutAsync(applied, ct) != DatasetLayout.Current)
        {
            // Tables of an older layout gain the record-version columns and history tables (docs/architecture.md, "Record versions")
            // and indexes ending with _deleted_at ("Dataset indexes").
            var sql = await migrator.MigrateAsync(applied, catalog, ct);
            logger.LogInformation("Brought the dataset tables to the current layout: {Sql}", sql);
        }

        state.Set(state.Build(catalog));
        logger.LogInformation("Serving catalog version {Version} with {Count} resources.", catalog.Version, catalog.Resources.Count);
    }

    private async Task SeedAsync(SeedOptions seed, CancellationToken ct)
    {
        var sample = SampleSeed.Load();
        await publisher.PublishAsync(sample.Catalog, new CatalogPublication("seed", Department: null, "sample catalog"), ct);
        await store.AddGrantsAsync(sample.Grants, "seed", ct);
        var generated = new SyntheticRecordGenerator(sample.Catalog, seed.RandomSeed).Generate(seed.RecordsPerResource);
        foreach (var resource in sample.Catalog.Resources)
        {
            await records.InsertAsync(sample.Catalog, resource, generated[resource.ApiName], ct);
        }

        logger.LogInformation(
            "Seeded the sample catalog: {Resources} resources, {Grants} grants, {Records} records per resource.",
            sample.Catalog.Resources.Count,
            sample.Grants.Count,
            seed.RecordsPerResource
        );
    }
}
