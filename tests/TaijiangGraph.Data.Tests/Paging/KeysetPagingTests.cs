using TaijiangGraph.Core.Querying;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Paging;

/// <summary>
/// docs/policy.md (Paging and cursors) at the data level: keyset paging over sort keys with duplicate and NULL values (NULLs last
/// ascending, first descending, row id tie-break) returns each record exactly once, in the order of an
/// in-memory sort, on SQLite and PostgreSQL alike.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KeysetPagingTests(PostgresServerFixture postgres)
{
    public static TheoryData<DatabaseProvider, string> ProvidersAndOrders()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            foreach (var order in PagingData.Orders)
            {
                data.Add(provider, order);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(ProvidersAndOrders))]
    public async Task Walking_all_pages_returns_every_record_once_in_the_order_of_an_in_memory_sort(DatabaseProvider provider, string order)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var walker = await KeysetWalker.SeedAsync(db);
        var keys = PagingData.Parse(order);
        var expected = new KeysetOracle(keys).Sort((await walker.AllAsync()).Select(r => (r.Values, r.RowId)));

        foreach (var take in new[] { 1, 4, 7 })
        {
            var walked = await walker.WalkAsync(keys, take);

            Assert.Equal(PagingData.RecordCount, walked.Count);
            Assert.Equal(walked.Count, walked.Select(r => r.RowId).Distinct().Count());
            Assert.Equal(expected, walked.Select(r => r.RowId));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(ProvidersAndOrders))]
    public async Task Records_inserted_on_both_sides_of_the_cursor_while_walking_appear_once_after_it_and_never_before_it(
        DatabaseProvider provider,
        string order
    )
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var walker = await KeysetWalker.SeedAsync(db);
        var keys = PagingData.Parse(order);
        var oracle = new KeysetOracle(keys);
        var before = new List<string>();
        var after = new List<string>();

        var walked = await walker.WalkAsync(keys, 4, async (page, last) =>
        {
            if (page % 2 == 0)
            {
                return;
            }

            var position = oracle.Position(last.Values, last.RowId);
            var inserted = new List<IReadOnlyDictionary<string, object?>>();
            // Lowest value ascending, NULL descending: sorts before the cursor even with the largest row id,
            // unless the cursor is still in the first group of equal values (then nothing new can sort before it).
            var early = Record($"before-{page}", keys, k =>
                k.Descending ? null : PagingData.Lowest(TestCatalogs.KindSample.FindItem(k.Item)!)
            );
            if (keys.Count > 0 && oracle.Compare(oracle.Position(early, long.MaxValue), position) < 0)
            {
                before.Add((string)early["code"]!);
                inserted.Add(early);
            }

            // NULL ascending, lowest value descending: sorts after the position; and one tied with the last row read.
            var late = Record($"after-{page}", keys, k =>
                k.Descending ? PagingData.Lowest(TestCatalogs.KindSample.FindItem(k.Item)!) : null
            );
            var tied = Record($"tied-{page}", keys, k => last[k.Item]);
            Assert.True(
                oracle.Compare(oracle.Position(late, last.RowId + 1), position) > 0,
                "The 'after' record must " + "sort after " + "the cursor."
            );
            after.AddRange([(string)late["code"]!, (string)tied["code"]!]);
            inserted.AddRange([late, tied]);
            await walker.InsertAsync(inserted);
        });

        var codes = walked.Select(r => (string)r["code"]!).ToList();
        var final = await walker.AllAsync();
        var expected = oracle.Sort(final.Where(r => !before.Contains((string)r["code"]!)).Select(r => (r.Values, r.RowId)));
        Assert.True(after.Count >= 10, "The walk inserts records after the cursor several times.");
        Assert.True(keys.Count == 0 || before.Count >= 3, "The walk inserts records before the cursor several times.");
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Empty(codes.Intersect(before));
        Assert.All(after, code => Assert.Single(codes, code));
        Assert.All(PagingData.Records(), record => Assert.Single(codes, (string)record["code"]!));
        Assert.Equal(expected, walked.Select(r => r.RowId));
    }

    [SkippableFact]
    public async Task Sqlite_and_PostgreSQL_page_the_same_data_into_the_same_sequence_of_row_ids()
    {
        await using var sqlite = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);
        await using var pg = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, postgres);
        var onSqlite = await KeysetWalker.SeedAsync(sqlite);
        var onPostgres = await KeysetWalker.SeedAsync(pg);

        foreach (var order in PagingData.Orders)
        {
            var keys = PagingData.Parse(order);
            var fromSqlite = (await onSqlite.WalkAsync(keys, 5)).Select(r => (r.RowId, Code: (string)r["code"]!)).ToList();
            var fromPostgres = (await onPostgres.WalkAsync(keys, 5)).Select(r => (r.RowId, Code: (string)r["code"]!)).ToList();

            Assert.Equal(PagingData.RecordCount, fromSqlite.Count);
            Assert.True(fromSqlite.SequenceEqual(fromPostgres), $"Order '{order}': SQLite and PostgreSQL disagree.");
        }
    }

    private static Dictionary<string, object?> Record(string code, IReadOnlyList<SortKey> keys, Func<SortKey, object?> value)
    {
        var record = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach (var key in keys)
        {
            record[key.Item] = value(key);
        }

        return record;
    }
}
