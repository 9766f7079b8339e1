using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Paging;

/// <summary>
/// docs/architecture.md (The path of one request, step 8): a reverse connection reads its rows for a whole page of parents in one
/// <see cref="DatasetReader.WhereInAsync"/>, and the database returns at most <c>first</c> rows per parent value
/// (a <c>ROW_NUMBER() OVER (PARTITION BY …)</c> window), in the same order and with the same contents as trimming all rows in memory.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PerValueTakeTests(PostgresServerFixture postgres)
{
    private static readonly object[] Counts = [3, 1, 0, -2];

    public static TheoryData<DatabaseProvider, string> ProvidersAndOrders()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            foreach (var order in new[] { "", "amount desc, text asc", "text desc", "flag desc, day asc, count desc" })
            {
                data.Add(provider, order);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(ProvidersAndOrders))]
    public async Task Each_value_gets_its_first_rows_in_order_as_an_in_memory_trim_would(DatabaseProvider provider, string order)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var (reader, capture) = await SeedAsync(db);
        var keys = PagingData.Parse(order);
        var all = await reader.WhereInAsync(TestCatalogs.AllKinds, TestCatalogs.KindSample, "count", Counts, ["code"], null, keys, null);

        foreach (var take in new[] { 1, 2, 5 })
        {
            var rows = await reader.WhereInAsync(
                TestCatalogs.AllKinds,
                TestCatalogs.KindSample,
                "count",
                Counts,
                ["code"],
                null,
                keys,
                take
            );

            var expected = all.GroupBy(r => r["count"]).SelectMany(g => g.Take(take)).ToList();
            Assert.True(expected.Count < all.Count, "The data must hold more rows per value than the largest take.");
            Assert.Equal(Describe(expected), Describe(rows));
            Assert.All(rows.GroupBy(r => r["count"]), g => Assert.InRange(g.Count(), 1, take));
        }

        var windowed = capture.Commands[^1];
        Assert.Contains("ROW_NUMBER() OVER(PARTITION BY", windowed.Replace(" (", "(", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("ROW_NUMBER", capture.Commands[0], StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task First_one_reads_one_row_per_parent_and_the_limit_is_a_parameter(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var (reader, capture) = await SeedAsync(db);

        var rows = await reader.WhereInAsync(TestCatalogs.AllKinds, TestCatalogs.KindSample, "count", Counts, ["code"], null, [], 1);

        Assert.Equal(Counts.Length, rows.Count);
        Assert.Equal(Counts.Order(), rows.Select(r => r["count"]!).Order());
        var sql = Assert.Single(capture.Commands);
        Assert.Contains("PARTITION BY", sql, StringComparison.Ordinal);
        Assert.Matches(@"<= [@$]", sql);
        Assert.DoesNotContain("<= 1", sql, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_filter_and_the_keyset_position_apply_before_the_window(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var (reader, _) = await SeedAsync(db);
        var keys = PagingData.Parse("amount desc, text asc");
        var filter = new ItemCondition("flag", FilterOperator.Neq, true);
        var all = await reader.WhereInAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            "count",
            Counts,
            ["code", "flag"],
            filter,
            keys,
            null
        );
        var pivot = all[3];
        var after = new KeysetPosition([pivot["amount"], pivot["text"]], pivot.RowId);
        var rest = await reader.WhereInAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            "count",
            Counts,
            ["code", "flag"],
            filter,
            keys,
            null,
            after
        );

        var rows = await reader.WhereInAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            "count",
            Counts,
            ["code", "flag"],
            filter,
            keys,
            2,
            after
        );

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.NotEqual(true, r["flag"]));
        Assert.Equal(Describe(rest.GroupBy(r => r["count"]).SelectMany(g => g.Take(2)).ToList()), Describe(rows));
    }

    private static async Task<(DatasetReader Reader, CommandCapture Capture)> SeedAsync(TestDatabase db)
    {
        var seed = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(seed).MigrateAsync(null, TestCatalogs.AllKinds);
        await new DatasetRecordStore(seed).InsertAsync(TestCatalogs.AllKinds, TestCatalogs.KindSample, PagingData.Records());
        var capture = new CommandCapture();
        return (new DatasetReader(new DatasetContextFactory(db.Options, [capture])), capture);
    }

    private static List<string> Describe(IReadOnlyList<DatasetRow> rows) =>
        [
            .. rows.Select(r =>
                $"{r.RowId}:{string.Join("|", r.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"))}"
            ),
        ];
}
