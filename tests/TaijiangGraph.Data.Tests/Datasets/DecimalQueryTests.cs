using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

/// <summary>Decimals compare and sort as numbers inside the database (SQLite: scaled integers), not as text.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DecimalQueryTests(PostgresServerFixture postgres)
{
    private static readonly (string Code, decimal? Amount)[] Amounts =
    [
        ("none", null),
        ("max", 9999999999999999.99m),
        ("ten", 10.5m),
        ("two", 2m),
        ("just-above", 1.51m),
        ("equal", 1.50m),
        ("below", 1.49m),
        ("cent", 0.01m),
        ("negative", -3m),
        ("min", -9999999999999999.99m),
    ];

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Where_compares_decimals_as_numbers_when_filtering_in_the_database(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = await SeedAsync(db);
        await using var context = contexts.Create(TestCatalogs.AllKinds);

        var above = await context
            .Rows(TestCatalogs.KindSample)
            .Where(e => EF.Property<decimal?>(e, "amount") > 1.5m)
            .OrderBy(e => EF.Property<string>(e, "code"))
            .Select(e => EF.Property<string>(e, "code"))
            .ToListAsync();
        var threshold = -3m;
        var atMost = await context
            .Rows(TestCatalogs.KindSample)
            .Where(e => EF.Property<decimal?>(e, "amount") <= threshold)
            .Select(e => EF.Property<string>(e, "code"))
            .ToListAsync();

        Assert.Equal(["just-above", "max", "ten", "two"], above);
        Assert.Equal(["min", "negative"], atMost.Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OrderBy_sorts_decimals_numerically_when_sorting_in_the_database(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = await SeedAsync(db);
        await using var context = contexts.Create(TestCatalogs.AllKinds);

        var sorted = await context
            .Rows(TestCatalogs.KindSample)
            .Where(e => EF.Property<decimal?>(e, "amount") != null)
            .OrderBy(e => EF.Property<decimal?>(e, "amount"))
            .Select(e => EF.Property<decimal?>(e, "amount"))
            .ToListAsync();

        Assert.Equal(Amounts.Select(a => a.Amount).OfType<decimal>().Order().Select(d => (decimal?)d), sorted);
    }

    [SkippableFact]
    public async Task Sqlite_stores_decimals_as_integers_scaled_by_the_items_scale()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);
        await SeedAsync(db);

        var declared = Assert.Single(await db.QueryAsync("SELECT type FROM pragma_table_info('ds_kind_sample') WHERE name = 'amount'"));
        var stored = await db.QueryAsync(
            "SELECT code, typeof(amount), " + "amount FROM " + "ds_kind_sample WHERE " + "amount IS NOT " + "NULL ORDER " + "BY amount"
        );

        Assert.Equal("INTEGER", declared[0]);
        Assert.All(stored, r => Assert.Equal("integer", r[1]));
        Assert.Equal(
            [-999999999999999999L, -300L, 1L, 149L, 150L, 151L, 200L, 1050L, 999999999999999999L],
            stored.Select(r => (long)r[2]!)
        );
    }

    private static async Task<DatasetContextFactory> SeedAsync(TestDatabase db)
    {
        var contexts = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(contexts).MigrateAsync(null, TestCatalogs.AllKinds);
        await new DatasetRecordStore(contexts).InsertAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            Amounts.Select(a => TestCatalogs.Record(a.Code, ("amount", a.Amount)))
        );
        return contexts;
    }
}
