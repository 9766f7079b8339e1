using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

/// <summary>A new catalog version migrates the dataset tables in place, additively; anything else is refused.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AdditiveMigrationTests(PostgresServerFixture postgres)
{
    private static readonly DataCatalog V1 = TestCatalogs.Sample;

    /// <summary>Version 2: <c>market_entity</c> gains <c>website</c> and retires <c>entity_type</c>.</summary>
    private static readonly DataCatalog V2 = V1.WithItems("market_entity", items => items
            .Select(i => i.ApiName == "entity_type" ? i with { Retired = true } : i)
            .Append(
                new CatalogItem
                {
                    ApiName = "website",
                    Name = "网站",
                    Type = DataType.String,
                }
            )) with { Version = 2 };

    private static CatalogResource Market(DataCatalog catalog) => catalog.Resource("market_entity");

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MigrateAsync_adds_the_column_and_keeps_the_rows_when_a_version_adds_and_retires_items(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        var migrator = new DatasetMigrator(contexts);
        var store = new DatasetRecordStore(contexts);
        await migrator.MigrateAsync(null, V1);
        await store.InsertAsync(
            V1,
            Market(V1),
            [
                Entity("91350103MA00000101", "福州台江瀛洲贸易有限公司", "有限责任公司", 100.50m),
                Entity("91350103MA00000202", "台江后洲小吃店", "个体工商户", null),
            ]
        );

        var script = await migrator.MigrateAsync(V1, V2);

        Assert.Empty(CatalogValidator.Validate(V2, V1));
        Assert.Contains("website", script, StringComparison.Ordinal);
        var columns = await db.ColumnsAsync("ds_market_entity");
        Assert.Contains("website", columns);
        Assert.Contains("entity_type", columns);
        var rows = await store.ReadAsync(V2, Market(V2), ["credit_code", "name", "registered_capital", "website"], 10);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["91350103MA00000101", "福州台江瀛洲贸易有限公司", 100.50m, null], rows[0]);
        Assert.Equal(["91350103MA00000202", "台江后洲小吃店", null, null], rows[1]);
        var kept = await db.QueryAsync("SELECT entity_type FROM ds_market_entity ORDER BY row_id");
        Assert.Equal(["有限责任公司", "个体工商户"], kept.Select(r => r[0]));
        Assert.Empty(migrator.Plan(V2, V2));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_retired_item_takes_no_values_and_is_not_readable(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        var store = new DatasetRecordStore(contexts);
        await new DatasetMigrator(contexts).MigrateAsync(null, V1);
        await new DatasetMigrator(contexts).MigrateAsync(V1, V2);

        await store.InsertAsync(
            V2,
            Market(V2),
            [new Dictionary<string, object?> { ["credit_code"] = "91350103MA00000303", ["website"] = "https://example.cn" }]
        );
        var error = await Assert.ThrowsAsync<RecordInvalidException>(() =>
            store.InsertAsync(
                V2,
                Market(V2),
                [new Dictionary<string, object?> { ["credit_code"] = "91350103MA00000404", ["entity_type"] = "个体工商户" }]
            )
        );

        Assert.Equal(("RETIRED_ITEM", "entity_type"), (Assert.Single(error.Violations).Code, error.Violations[0].Item));
        Assert.Throws<ArgumentException>(() => DatasetExpressions.Projection(Market(V2), ["entity_type"]));
        Assert.Equal(["https://example.cn"], (await store.ReadAsync(V2, Market(V2), ["website"], 10)).Select(r => r[0]));
    }

    [SkippableFact]
    public void A_version_that_changes_an_items_type_is_refused()
    {
        var changed = V1.WithItems("market_entity", items =>
            items.Select(i => i.ApiName == "registered_capital" ? i with { Type = DataType.String } : i)
        ) with
        {
            Version = 2,
        };

        var violation = Assert.Single(CatalogValidator.Validate(changed, V1));
        var error = Assert.Throws<InvalidOperationException>(() => SqliteMigrator().Plan(V1, changed));

        Assert.Equal(("ITEM_TYPE_CHANGED", "market_entity", "registered_capital"), (violation.Code, violation.Resource, violation.Item));
        Assert.Contains("not additive", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Plan_refuses_when_an_item_loses_its_column()
    {
        var without = V1.WithItems("market_entity", items => items.Where(i => i.ApiName != "inspection_notes")) with { Version = 2 };

        var error = Assert.Throws<InvalidOperationException>(() => SqliteMigrator().Plan(V1, without));

        Assert.Contains("DropColumn", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Plan_refuses_when_a_resource_is_removed()
    {
        var without = V1 with { Version = 2, Resources = [.. V1.Resources.Where(r => r.ApiName != "tax_payment")] };

        var error = Assert.Throws<InvalidOperationException>(() => SqliteMigrator().Plan(V1, without));

        Assert.Contains("DropTable", error.Message, StringComparison.Ordinal);
    }

    private static DatasetMigrator SqliteMigrator() =>
        new(
            new DatasetContextFactory(
                new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=never-opened.db" }
            )
        );

    private static Dictionary<string, object?> Entity(string creditCode, string name, string type, decimal? capital) =>
        new()
        {
            ["credit_code"] = creditCode,
            ["name"] = name,
            ["entity_type"] = type,
            ["registered_capital"] = capital,
        };
}
