using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

/// <summary>
/// docs/architecture.md, "Dataset indexes": every item declared <c>indexed</c> gets an (item, row id, deletion time) and an (item
/// descending, row id, deletion time) index on every provider, a later version that declares one migrates by creating only the
/// indexes, and on SQLite pages ordered by the item (first and deep, however long a run of equal values) and an equality count read
/// through those indexes without scanning or sorting, the count from the index alone.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DatasetIndexTests(PostgresServerFixture postgres)
{
    private static readonly DataCatalog Sample = TestCatalogs.Sample;

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_indexed_item_of_the_sample_catalog_has_an_item_and_row_id_index(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await new DatasetMigrator(new DatasetContextFactory(db.Options)).MigrateAsync(null, Sample);

        foreach (var resource in Sample.Resources)
        {
            var indexes = await db.IndexesAsync("ds_" + resource.ApiName);
            var declared = resource.Items.Where(i => i.Indexed && !i.IsKey).ToList();
            Assert.NotEmpty(declared);
            foreach (var item in declared)
            {
                Assert.Equal([item.ApiName, "row_id", "_deleted_at"], indexes[$"ix_ds_{resource.ApiName}_{item.ApiName}_row_id"]);
                Assert.Equal([item.ApiName, "row_id", "_deleted_at"], indexes[$"ix_ds_{resource.ApiName}_{item.ApiName}_desc_row_id"]);
            }

            // The unique key index stays on the key alone; every other index ends with the deletion time.
            Assert.All(indexes, i => Assert.Equal(i.Key.StartsWith("ux_", StringComparison.Ordinal), i.Value[^1] != "_deleted_at"));
        }

        var market = await db.IndexesAsync("ds_market_entity");
        Assert.Equal(["credit_code"], market["ux_ds_market_entity_credit_code"]);
        Assert.Equal(["legal_rep_id", "_deleted_at"], market["ix_ds_market_entity_legal_rep_id"]);
        Assert.Equal(["_changed_at", "row_id", "_deleted_at"], market["ix_ds_market_entity_changed_at_row_id"]);
        Assert.Equal(
            ["entity_type", "established_on", "status", "street"],
            market
                .Keys.Where(k =>
                    k.EndsWith("_row_id", StringComparison.Ordinal)
                    && !k.Contains("_desc_", StringComparison.Ordinal)
                    && k != "ix_ds_market_entity_changed_at_row_id"
                )
                .Select(k => market[k][0])
                .Order(StringComparer.Ordinal)
        );
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_version_that_declares_an_item_indexed_creates_only_the_index_and_one_that_stops_drops_it(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var migrator = new DatasetMigrator(new DatasetContextFactory(db.Options));
        var v2 = Indexed(Sample, "registered_capital", true, 2);
        var v3 = Indexed(Sample, "registered_capital", false, 3);
        await migrator.MigrateAsync(null, Sample);

        var added = await migrator.MigrateAsync(Sample, v2);
        Assert.Equal(
            ["registered_capital", "row_id", "_deleted_at"],
            (await db.IndexesAsync("ds_market_entity"))["ix_ds_market_entity_registered_capital_row_id"]
        );
        var dropped = await migrator.MigrateAsync(v2, v3);

        Assert.Empty(CatalogValidator.Validate(v2, Sample));
        Assert.Equal(2, Statements(added).Count);
        Assert.All(Statements(added), line => Assert.StartsWith("CREATE INDEX", line, StringComparison.Ordinal));
        Assert.Equal(2, Statements(dropped).Count);
        Assert.All(Statements(dropped), line => Assert.StartsWith("DROP INDEX", line, StringComparison.Ordinal));
        Assert.DoesNotContain((await db.IndexesAsync("ds_market_entity")).Keys, k =>
            k.StartsWith("ix_ds_market_entity_registered_capital", StringComparison.Ordinal)
        );
        Assert.Contains(
            new ItemChange("market_entity", "registered_capital", ItemChangeKind.IndexedChanged, "false", "true"),
            CatalogDiff.Between(Sample, v2).Items
        );
    }

    [Fact]
    public void A_classified_item_cannot_be_indexed()
    {
        var catalog = Sample.WithItems("tax_payment", items =>
            items.Select(i => i.ApiName == "audit_case_ref" ? i with { Indexed = true } : i)
        );

        var violation = Assert.Single(CatalogValidator.Validate(catalog));

        Assert.Equal(("CLASSIFIED_NOT_ALLOWED", "tax_payment", "audit_case_ref"), (violation.Code, violation.Resource, violation.Item));
    }

    [Fact]
    public async Task On_SQLite_the_deep_page_ordered_by_an_indexed_item_and_the_equality_count_read_through_its_index()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);
        var capture = new QueryPlanCapture();
        var contexts = new DatasetContextFactory(db.Options, [capture]);
        var market = Sample.Resource("market_entity");
        await new DatasetMigrator(contexts).MigrateAsync(null, Sample);
        var generated = new SyntheticRecordGenerator(Sample, 7).GenerateRange("market_entity", 0, 3000, 10);
        await new DatasetBulkWriter(contexts).AppendAsync(Sample, market, generated);
        var reader = new DatasetReader(contexts);
        var order = new[] { new SortKey("established_on", Descending: true) };
        var middle = (await reader.PageAsync(Sample, new DatasetQuery(market, ["credit_code"], null, order, null, 2000)))[^1];

        var page = await reader.PageAsync(
            Sample,
            new DatasetQuery(market, ["credit_code"], null, order, new KeysetPosition([middle["established_on"]], middle.RowId), 10)
        );
        var count = await reader.CountAsync(Sample, market, new ItemCondition("street", FilterOperator.Eq, "苍霞"));

        Assert.Equal(10, page.Count);
        Assert.InRange(count, 1, 2999);
        var plans = capture.Plans;
        var deep = plans[^2].Plan;
        Assert.Contains(deep, line =>
            line.Contains("SEARCH d USING INDEX ix_ds_market_entity_established_on_desc_row_id (established_on", StringComparison.Ordinal)
        );
        // Every read compares the deletion time (docs/data-in.md, "Incremental reads"), which the index ends with: the count reads
        // the index alone, without a lookup of each counted row.
        Assert.Equal(["SEARCH d USING COVERING INDEX ix_ds_market_entity_street_row_id (street=?)"], plans[^1].Plan);
        Assert.All(plans, p => Assert.DoesNotContain(p.Plan, line => line.StartsWith("SCAN", StringComparison.Ordinal)));
        Assert.All(plans, p => Assert.DoesNotContain(p.Plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task On_PostgreSQL_the_equality_count_checks_the_deletion_time_in_its_index()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, postgres);
        var capture = new QueryPlanCapture();
        var contexts = new DatasetContextFactory(db.Options, [capture]);
        var market = Sample.Resource("market_entity");
        var street = new ItemCondition("street", FilterOperator.Eq, "苍霞");
        await new DatasetMigrator(contexts).MigrateAsync(null, Sample);
        var generated = new SyntheticRecordGenerator(Sample, 7).GenerateRange("market_entity", 0, 3000, 10);
        await new DatasetBulkWriter(contexts).AppendAsync(Sample, market, generated);
        // Statistics and an all-visible table, as a table that has been loaded for a while has.
        await db.QueryAsync("VACUUM ANALYZE ds_market_entity");

        var count = await new DatasetReader(contexts).CountAsync(Sample, market, street);

        // The index answers both conditions: the deletion time is an index condition, not a filter of each counted row.
        Assert.InRange(count, 1, 2999);
        var plan = capture.Plans[^1].Plan;
        // A bitmap, plain or index-only scan of the index, whichever the planner costs lowest on this small table.
        Assert.Contains(plan, line =>
            line.Contains(" Scan ", StringComparison.Ordinal)
            && line.Contains(" ix_ds_market_entity_street_row_id", StringComparison.Ordinal)
        );
        Assert.Contains(plan, line =>
            line.StartsWith("Index Cond:", StringComparison.Ordinal)
            && line.Contains("street = ", StringComparison.Ordinal)
            && line.Contains("_deleted_at IS NULL", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(plan, line =>
            line.Contains("Seq Scan", StringComparison.Ordinal) || line.StartsWith("Filter:", StringComparison.Ordinal)
        );
    }

    private static List<string> Statements(string script) =>
        [.. script.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static DataCatalog Indexed(DataCatalog catalog, string item, bool indexed, int version) =>
        catalog.WithItems("market_entity", items => items.Select(i => i.ApiName == item ? i with { Indexed = indexed } : i)) with
        {
            Version = version,
        };
}
