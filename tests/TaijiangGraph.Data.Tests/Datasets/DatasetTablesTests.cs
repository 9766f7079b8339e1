using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

[Collection(PostgresCollection.Name)]
public sealed class DatasetTablesTests(PostgresServerFixture postgres)
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MigrateAsync_creates_one_table_per_resource_when_the_sample_catalog_is_published(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var catalog = TestCatalogs.Sample;

        var script = await new DatasetMigrator(new DatasetContextFactory(db.Options)).MigrateAsync(null, catalog);

        Assert.NotEmpty(script);
        Assert.Equal(
            catalog.Resources.SelectMany(r => new[] { DatasetNames.Table(r), DatasetNames.HistoryTable(r) }).Order(StringComparer.Ordinal),
            await db.TablesAsync("ds_")
        );
        Assert.Contains("ds_market_entity__history", await db.TablesAsync("ds_"));
        foreach (var resource in catalog.Resources)
        {
            var expected = resource
                .Items.Where(i => i.HasColumn)
                .Select(i => i.ApiName)
                .Prepend(DatasetNames.RowId)
                .Concat(["_version", "_changed_at", "_deleted_at"])
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, (await db.ColumnsAsync(DatasetNames.Table(resource))).Order(StringComparer.Ordinal));
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Classified_items_have_no_column_and_every_table_has_a_row_id(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);

        await new DatasetMigrator(new DatasetContextFactory(db.Options)).MigrateAsync(null, TestCatalogs.Sample);

        var person = await db.ColumnsAsync("ds_household_person");
        var tax = await db.ColumnsAsync("ds_tax_payment");
        Assert.Contains("marital_status", person);
        Assert.DoesNotContain("key_person_flag", person);
        Assert.Contains("credit_grade", tax);
        Assert.DoesNotContain("audit_case_ref", tax);
        foreach (var table in await db.TablesAsync("ds_"))
        {
            Assert.Contains(DatasetNames.RowId, await db.ColumnsAsync(table));
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Plan_is_empty_when_the_tables_already_match_the_catalog(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var migrator = new DatasetMigrator(new DatasetContextFactory(db.Options));
        await migrator.MigrateAsync(null, TestCatalogs.Sample);

        Assert.Empty(migrator.Plan(TestCatalogs.Sample, TestCatalogs.Sample));
        Assert.Equal("", await migrator.MigrateAsync(TestCatalogs.Sample, TestCatalogs.Sample));
    }
}
