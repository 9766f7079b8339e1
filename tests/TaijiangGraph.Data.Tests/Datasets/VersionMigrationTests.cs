using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

/// <summary>
/// Dataset tables created before record versions gain the bookkeeping columns, the change-time index and the history table
/// through the additive migrator (docs/architecture.md, "Record versions"); rows already there become version 1 changed at
/// 2000-01-01T00:00:00Z, and the writer versions them from there. Indexes created before they ended with the deletion time are
/// dropped and created again with it ("Dataset indexes").
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class VersionMigrationTests(PostgresServerFixture postgres)
{
    private static DataCatalog Catalog => TestCatalogs.AllKinds;

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Rows_seeded_before_versions_get_the_columns_and_version_1_when_the_tables_are_migrated(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        var migrator = new DatasetMigrator(contexts);
        await using (var old = contexts.Create(Catalog, DatasetLayout.BeforeVersions))
        {
            await old.Database.EnsureCreatedAsync();
            await old.Database.ExecuteSqlRawAsync("INSERT INTO ds_kind_sample (code, text) VALUES ('A-1', '甲'), ('A-2', '乙')");
        }

        Assert.DoesNotContain("_version", await db.ColumnsAsync("ds_kind_sample"));
        Assert.Equal(DatasetLayout.BeforeVersions, await migrator.LayoutAsync(Catalog));

        var script = await migrator.MigrateAsync(Catalog, Catalog);

        Assert.Contains("_changed_at", script, StringComparison.Ordinal);
        Assert.Equal(DatasetLayout.Current, await migrator.LayoutAsync(Catalog));
        Assert.Empty(migrator.Plan(Catalog, Catalog));
        Assert.Equal(["ds_kind_sample", "ds_kind_sample__history"], await db.TablesAsync("ds_kind_sample"));
        var rows = await db.QueryAsync("SELECT code, _version, _changed_at, _deleted_at FROM ds_kind_sample ORDER BY row_id");
        Assert.Equal(["A-1", "A-2"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(1L, Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.StartsWith("2000-01-01", Moment(r[2]), StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Null(r[3]));
        Assert.Equal(
            ["_changed_at", "row_id", "_deleted_at"],
            (await db.IndexesAsync("ds_kind_sample"))["ix_ds_kind_sample_changed_at_row_id"]
        );

        var writer = new DatasetRecordWriter(contexts, new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero)));
        var updated = await writer.UpsertAsync(
            Catalog,
            TestCatalogs.KindSample,
            [new RecordPatch("A-1", new Dictionary<string, object?> { ["text"] = "丙" })],
            "u-sw"
        );
        Assert.Equal((RecordWriteOutcome.Updated, 2), (updated[0].Outcome, updated[0].Version));
        var history = Assert.Single(await writer.HistoryAsync(Catalog, TestCatalogs.KindSample, "A-1"));
        Assert.Equal("""{"text":"\u7532"}""", history.PreviousValuesJson);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Indexes_without_the_deletion_time_are_rebuilt_with_it_and_the_rows_stay(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        var migrator = new DatasetMigrator(contexts);
        var sample = TestCatalogs.Sample;
        var market = sample.Resource("market_entity");
        await using (var old = contexts.Create(sample, DatasetLayout.BeforeDeletionIndexes))
        {
            await old.Database.EnsureCreatedAsync();
        }

        await new DatasetBulkWriter(contexts).AppendAsync(
            sample,
            market,
            new SyntheticRecordGenerator(sample, 7).GenerateRange("market_entity", 0, 50, 10)
        );
        Assert.Equal(["street", "row_id"], (await db.IndexesAsync("ds_market_entity"))["ix_ds_market_entity_street_row_id"]);
        Assert.Equal(DatasetLayout.BeforeDeletionIndexes, await migrator.LayoutAsync(sample));

        var script = await migrator.MigrateAsync(sample, sample);

        var statements = script.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(statements, line => Assert.Matches("^(DROP|CREATE) INDEX ", line));
        Assert.Equal(DatasetLayout.Current, await migrator.LayoutAsync(sample));
        Assert.Empty(migrator.Plan(sample, sample));
        var indexes = await db.IndexesAsync("ds_market_entity");
        Assert.Equal(["street", "row_id", "_deleted_at"], indexes["ix_ds_market_entity_street_row_id"]);
        Assert.Equal(["street", "row_id", "_deleted_at"], indexes["ix_ds_market_entity_street_desc_row_id"]);
        Assert.Equal(["legal_rep_id", "_deleted_at"], indexes["ix_ds_market_entity_legal_rep_id"]);
        Assert.Equal(["_changed_at", "row_id", "_deleted_at"], indexes["ix_ds_market_entity_changed_at_row_id"]);
        Assert.Equal(["credit_code"], indexes["ux_ds_market_entity_credit_code"]);
        Assert.Equal(50, await db.CountAsync("ds_market_entity"));
    }

    private static string Moment(object? value) =>
        value switch
        {
            DateTime t => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
}
