using System.Globalization;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

/// <summary>Every data kind round-trips exactly, boundary values included, on every provider that runs here.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RoundTripTests(PostgresServerFixture postgres)
{
    private static readonly string[] Columns = ["code", "text", "count", "amount", "day", "moment", "flag"];

    /// <summary>Rows in insertion order; a null value is written as an explicit null, a missing column is not written.</summary>
    private static readonly object?[][] Rows =
    [
        ["min", "", int.MinValue, -9999999999999999.99m, DateOnly.MinValue, Utc(DateTime.MinValue), false],
        [
            "max",
            "🚀 数据共享 👩‍💻",
            int.MaxValue,
            9999999999999999.99m,
            DateOnly.MaxValue,
            Utc(new DateTime(9999, 12, 31, 23, 59, 59, 999, 999)),
            true,
        ],
        [
            "台江区-瀛洲街道-001",
            "福州市台江区瀛洲街道𠀋",
            42,
            0.01m,
            new DateOnly(2026, 11, 26),
            Utc(new DateTime(2026, 11, 26, 4, 5, 6, 123, 456)),
            true,
        ],
        ["negative", "a\"b'c\\d\n\te", -1, -0.01m, new DateOnly(1987, 2, 28), Utc(new DateTime(1970, 1, 1, 0, 0, 0, 0, 1)), false],
        ["zero", " ", 0, 0m, new DateOnly(2000, 2, 29), Utc(new DateTime(2000, 2, 29, 23, 59, 59)), false],
        ["scale", "1.5 is stored as 1.50", 7, 1.5m, new DateOnly(1, 1, 2), Utc(new DateTime(1, 1, 1, 0, 0, 0, 0, 1)), true],
        ["explicit-nulls", null, null, null, null, null, null],
    ];

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_data_kind_round_trips_exactly(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(contexts).MigrateAsync(null, TestCatalogs.AllKinds);
        var store = new DatasetRecordStore(contexts);
        var records = Rows.Select(r => Columns.Zip(r).ToDictionary(p => p.First, p => p.Second))
            .Append(KeyOnly("missing-columns"))
            .ToList();

        var inserted = await store.InsertAsync(TestCatalogs.AllKinds, TestCatalogs.KindSample, records);
        var read = await store.ReadAsync(TestCatalogs.AllKinds, TestCatalogs.KindSample, Columns, 100);

        Assert.Equal(records.Count, inserted);
        Assert.Equal(records.Count, read.Count);
        for (var row = 0; row < records.Count; row++)
        {
            for (var column = 0; column < Columns.Length; column++)
            {
                var expected = records[row].GetValueOrDefault(Columns[column]);
                AssertExactlyEqual(expected, read[row][column], $"{records[row]["code"]}.{Columns[column]}");
            }
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Decimals_come_back_with_the_items_scale(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(contexts).MigrateAsync(null, TestCatalogs.AllKinds);
        var store = new DatasetRecordStore(contexts);
        decimal[] written = [0m, 1.5m, 2m, -3.1m, 0.10m, 12345.6m];

        await store.InsertAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            written.Select((d, i) => TestCatalogs.Record($"d{i}", ("amount", d)))
        );
        var read = await store.ReadAsync(TestCatalogs.AllKinds, TestCatalogs.KindSample, ["amount"], 100);

        Assert.Equal(
            ["0.00", "1.50", "2.00", "-3.10", "0.10", "12345.60"],
            read.Select(r => ((decimal)r[0]!).ToString(CultureInfo.InvariantCulture))
        );
    }

    private static Dictionary<string, object?> KeyOnly(string code) => new() { ["code"] = code };

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static void AssertExactlyEqual(object? expected, object? actual, string where)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{where}: expected null, got {actual}");
                break;
            case decimal d:
                var value = Assert.IsType<decimal>(actual);
                Assert.True(d == value, $"{where}: expected {d}, got {value}");
                Assert.True(value.Scale == 2, $"{where}: expected scale 2, got {value} (scale {value.Scale})");
                break;
            case DateTime t:
                var time = Assert.IsType<DateTime>(actual);
                Assert.True(t.Ticks == time.Ticks, $"{where}: expected {t:O}, got {time:O}");
                Assert.True(time.Kind == DateTimeKind.Utc, $"{where}: expected a UTC value, got {time.Kind}");
                break;
            default:
                Assert.IsType(expected.GetType(), actual);
                Assert.True(Equals(expected, actual), $"{where}: expected {expected}, got {actual}");
                break;
        }
    }
}
