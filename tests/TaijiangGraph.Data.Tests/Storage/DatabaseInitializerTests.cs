using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Hosting;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Storage;

/// <summary>A fresh database is migrated and seeded with the sample world once; a restart finds it as it was.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseInitializerTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly SeedOptions Seed = new() { RecordsPerResource = 20 };

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task InitializeAsync_migrates_and_seeds_when_the_database_is_empty(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var options = db.Options;
        await using var services = Services(options);

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(Seed);

        Assert.Equal(1, services.GetRequiredService<CatalogState>().Current.Version);
        string[] tables = ["ds_household_person", "ds_market_entity", "ds_social_insurance", "ds_subsistence_allowance", "ds_tax_payment"];
        Assert.Equal(tables.SelectMany(t => new[] { t, t + "__history" }), await db.TablesAsync("ds_"));
        foreach (var table in tables)
        {
            Assert.Equal(20, await db.CountAsync(table));
            Assert.Equal(0, await db.CountAsync(table + "__history"));
        }

        var stamps = await db.QueryAsync("SELECT DISTINCT _version, _changed_at FROM ds_market_entity");
        Assert.Equal(1L, Convert.ToInt64(Assert.Single(stamps)[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Now.UtcDateTime, Moment(stamps[0][1]));

        await using var governance = await services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>().CreateDbContextAsync();
        var version = await governance.CatalogVersions.SingleAsync();
        Assert.Equal((1, Now, "seed"), (version.Version, version.PublishedAt, version.PublishedBy));
        Assert.Equal(1, await governance.DatasetMigrations.CountAsync());
        Assert.Equal(8, await governance.Departments.CountAsync());
        Assert.Empty(await governance.Database.GetPendingMigrationsAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GovernanceStore_returns_the_sample_grants_when_the_database_was_seeded(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = Services(db.Options);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(Seed);
        var store = services.GetRequiredService<GovernanceStore>();

        var grants = await store.AllAsync();
        var rs = await store.GrantsOfAsync("TJ-RS");

        var expected = SampleSeed.Load().Grants.OrderBy(g => g.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(7, grants.Count);
        Assert.Equal(expected.Select(Describe), grants.Select(Describe));
        Assert.Equal(expected.Select(g => g.RevokedAt), grants.Select(g => g.RevokedAt));
        Assert.Equal(["G-2024-0005", "G-2025-0006"], rs.Select(g => g.Id));
        var scoped = Assert.Single(rs, g => !g.RowScope.IsAllRows);
        Assert.Equal(
            ("street", "苍霞"),
            (Assert.Single(scoped.RowScope.Conditions).Item, Assert.Single(scoped.RowScope.Conditions[0].AnyOf))
        );
        Assert.Equal(
            [
                GrantState.Expired,
                GrantState.Active,
                GrantState.Active,
                GrantState.Active,
                GrantState.Revoked,
                GrantState.Active,
                GrantState.NotYetValid,
            ],
            grants.Select(g => g.StateAt(Now))
        );
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task InitializeAsync_does_not_reseed_when_run_a_second_time(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var options = db.Options;
        await using (var first = Services(options))
        {
            await first.GetRequiredService<DatabaseInitializer>().InitializeAsync(Seed);
        }

        await using var restarted = Services(options);
        await restarted.GetRequiredService<DatabaseInitializer>().InitializeAsync(Seed);

        Assert.Equal(1, restarted.GetRequiredService<CatalogState>().Current.Version);
        Assert.Equal(7, (await restarted.GetRequiredService<GovernanceStore>().AllAsync()).Count);
        Assert.Equal(20, await db.CountAsync("ds_market_entity"));
        Assert.Equal(1, await db.CountAsync("catalog_versions"));
    }

    [SkippableFact]
    public async Task InitializeAsync_creates_the_data_folder_and_seeds_nothing_when_seeding_is_off()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);
        var options = new DatabaseOptions { DataFolder = Path.Combine(db.Folder, "not", "there", "yet") };
        await using var services = Services(options);

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions { Enabled = false });

        Assert.True(File.Exists(Path.Combine(options.DataFolder, "taijiang.db")));
        Assert.False(services.GetRequiredService<CatalogState>().IsLoaded);
        Assert.Empty(await services.GetRequiredService<GovernanceStore>().AllAsync());
        Assert.Null(await services.GetRequiredService<GovernanceStore>().LoadPublishedCatalogAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task InitializeAsync_adds_record_versions_when_the_tables_predate_them(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using (var first = Services(db.Options))
        {
            await first.GetRequiredService<DatabaseInitializer>().InitializeAsync(Seed);
        }

        await OlderLayouts.RestoreIndexesBeforeDeletionAsync(db.Options, SampleSeed.Load().Catalog);
        foreach (var resource in SampleSeed.Load().Catalog.Resources.Select(r => r.ApiName))
        {
            // The tables as a deployment before record versions has them.
            await db.QueryAsync($"DROP INDEX ix_ds_{resource}_changed_at_row_id");
            await db.QueryAsync($"ALTER TABLE ds_{resource} DROP COLUMN _version");
            await db.QueryAsync($"ALTER TABLE ds_{resource} DROP COLUMN _changed_at");
            await db.QueryAsync($"ALTER TABLE ds_{resource} DROP COLUMN _deleted_at");
            await db.QueryAsync($"DROP TABLE ds_{resource}__history");
        }

        Assert.DoesNotContain("_version", await db.ColumnsAsync("ds_market_entity"));

        await using var restarted = Services(db.Options);
        await restarted.GetRequiredService<DatabaseInitializer>().InitializeAsync(Seed);

        Assert.Contains("_version", await db.ColumnsAsync("ds_tax_payment"));
        Assert.Contains("ds_tax_payment__history", await db.TablesAsync("ds_tax_payment"));
        Assert.Equal(20, await db.CountAsync("ds_market_entity"));
        var stamps = await db.QueryAsync("SELECT DISTINCT _version, _changed_at FROM ds_market_entity");
        Assert.Equal(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), Moment(Assert.Single(stamps)[1]));
        Assert.Equal(1, await db.CountAsync("catalog_versions"));
        Assert.Equal(["street", "row_id", "_deleted_at"], (await db.IndexesAsync("ds_market_entity"))["ix_ds_market_entity_street_row_id"]);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task InitializeAsync_rebuilds_the_indexes_with_the_deletion_time_when_they_predate_it(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using (var first = Services(db.Options))
        {
            await first.GetRequiredService<DatabaseInitializer>().InitializeAsync(Seed);
        }

        var catalog = SampleSeed.Load().Catalog;
        await OlderLayouts.RestoreIndexesBeforeDeletionAsync(db.Options, catalog);
        Assert.Equal(["tax_type", "row_id"], (await db.IndexesAsync("ds_tax_payment"))["ix_ds_tax_payment_tax_type_row_id"]);

        await using var restarted = Services(db.Options);
        await restarted.GetRequiredService<DatabaseInitializer>().InitializeAsync(Seed);

        foreach (var resource in catalog.Resources)
        {
            var indexes = await db.IndexesAsync("ds_" + resource.ApiName);
            // Every index but the unique key's ends with the deletion time again.
            Assert.All(indexes, i => Assert.Equal(i.Key.StartsWith("ux_", StringComparison.Ordinal), i.Value[^1] != "_deleted_at"));
        }

        var tax = await db.IndexesAsync("ds_tax_payment");
        Assert.Equal(["tax_type", "row_id", "_deleted_at"], tax["ix_ds_tax_payment_tax_type_row_id"]);
        Assert.Equal(["tax_type", "row_id", "_deleted_at"], tax["ix_ds_tax_payment_tax_type_desc_row_id"]);
        Assert.Equal(20, await db.CountAsync("ds_tax_payment"));
        Assert.Equal(1, await db.CountAsync("catalog_versions"));
    }

    /// <summary>A change time as read back raw: SQLite text, PostgreSQL a UTC <see cref="DateTime"/>.</summary>
    private static DateTime Moment(object? value) =>
        value is DateTime t
            ? t.ToUniversalTime()
            : DateTime.Parse(
                (string)value!,
                System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal
            );

    private static ServiceProvider Services(DatabaseOptions options)
    {
        var services = new ServiceCollection().AddDataStorage(options).AddLogging();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now)));
        return services.BuildServiceProvider();
    }

    private static string Describe(Grant g) =>
        $"{g.Id} {g.Grantee} {g.Resource} [{string.Join(", ", g.Items.OrderBy(i => i.Item, StringComparer.Ordinal))}] "
        + $"{g.RowScope} {g.Purpose} {g.ValidFrom:O}..{g.ValidTo:O} {g.Approver}";
}
