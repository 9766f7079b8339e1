using System.Data.Common;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

/// <summary>
/// docs/architecture.md, "Bulk seeding": the bulk writer stores every data kind exactly as EF Core stores it (same SQL types and
/// text forms, so rows compare and sort alike), in one transaction: a bad record or a duplicate key stores nothing.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BulkWriterTests(PostgresServerFixture postgres)
{
    private static readonly (string Item, object? Value)[] Values =
    [
        ("text", "台江 ü"),
        ("count", 42),
        ("amount", 1234.5m),
        ("day", new DateOnly(2024, 2, 29)),
        ("moment", new DateTime(2025, 3, 1, 8, 30, 15, 123, DateTimeKind.Utc).AddTicks(4560)),
        ("flag", true),
    ];

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_bulk_written_row_is_stored_exactly_as_an_EF_written_row(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(contexts).MigrateAsync(null, TestCatalogs.AllKinds);
        await new DatasetRecordStore(contexts).InsertAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            [TestCatalogs.Record("ef", Values)]
        );

        var written = await new DatasetBulkWriter(contexts).AppendAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            [TestCatalogs.Record("bulk", Values), TestCatalogs.Record("empty")]
        );

        Assert.Equal(2, written);
        var stored = await db.QueryAsync(StoredForm(provider));
        Assert.Equal(3, stored.Count);
        Assert.Equal(stored[0][1..], stored[1][1..]);
        Assert.Equal(["ef", "bulk", "empty"], stored.Select(r => r[0]));
        Assert.All(stored[2][1..], Assert.Null);
        var read = await new DatasetRecordStore(contexts).ReadAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            ["text", "count", "amount", "day", "moment", "flag"],
            10
        );
        Assert.Equal(Values.Select(v => v.Value), read[1]);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Bulk_and_EF_written_rows_are_version_1_changed_at_the_clock_time_as_the_record_writer_stores_it(
        DatabaseProvider provider
    )
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(contexts).MigrateAsync(null, TestCatalogs.AllKinds);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero));
        clock.Advance(TimeSpan.FromTicks(1_234_567));
        await new DatasetRecordStore(contexts, clock).InsertAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            [TestCatalogs.Record("ef")]
        );
        await new DatasetBulkWriter(contexts, clock).AppendAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            [TestCatalogs.Record("bulk")]
        );
        await new DatasetRecordWriter(contexts, clock).UpsertAsync(
            TestCatalogs.AllKinds,
            TestCatalogs.KindSample,
            [new Core.Versions.RecordPatch("writer", new Dictionary<string, object?>())],
            "u-test"
        );

        var stored = await db.QueryAsync("SELECT code, _version, _changed_at, _deleted_at FROM ds_kind_sample ORDER BY row_id");

        Assert.Equal(["ef", "bulk", "writer"], stored.Select(r => r[0]));
        Assert.Single(
            stored.Select(r => (Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture), r[2], r[3])).Distinct()
        );
        Assert.Equal(1L, Convert.ToInt64(stored[0][1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(stored[0][3]);
        Assert.Contains(
            ".123456",
            stored[0][2] is DateTime t ? t.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : (string)stored[0][2]!,
            StringComparison.Ordinal
        );
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_duplicate_key_or_an_invalid_record_stores_nothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(contexts).MigrateAsync(null, TestCatalogs.AllKinds);
        var writer = new DatasetBulkWriter(contexts);

        await Assert.ThrowsAnyAsync<DbException>(() =>
            writer.AppendAsync(TestCatalogs.AllKinds, TestCatalogs.KindSample, [TestCatalogs.Record("a"), TestCatalogs.Record("a")])
        );
        var invalid = await Assert.ThrowsAsync<RecordInvalidException>(() =>
            writer.AppendAsync(
                TestCatalogs.AllKinds,
                TestCatalogs.KindSample,
                [TestCatalogs.Record("b"), TestCatalogs.Record("c", ("count", "many"))]
            )
        );

        Assert.Equal("TYPE_MISMATCH", Assert.Single(invalid.Violations).Code);
        Assert.Equal(0, await db.CountAsync("ds_kind_sample"));
        Assert.Equal(0, await writer.CountAsync(TestCatalogs.AllKinds, TestCatalogs.KindSample));
    }

    /// <summary>Each stored value with its SQL type, as text, in row order.</summary>
    private static string StoredForm(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite
            ? "SELECT code, typeof(text) || ':' || text, typeof(count) || ':' || count, typeof(amount) || ':' || amount, "
                + "typeof(day) || ':' || day, typeof(moment) || ':' || moment, typeof(flag) || ':' || flag "
                + "FROM ds_kind_sample ORDER BY row_id"
            : "SELECT code, text, count::text, amount::text, day::text, moment::text, flag::text FROM ds_kind_sample ORDER BY row_id";
}
