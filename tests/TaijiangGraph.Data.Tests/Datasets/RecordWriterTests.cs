using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

/// <summary>
/// Versioned record writes (docs/architecture.md, "Record versions"): a new key is version 1, an update changes only the given
/// items and writes version + 1 with the previous values of exactly the changed items, a no-op writes nothing, a batch is all or
/// nothing, and an approved deletion keeps the history.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RecordWriterTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    private static DataCatalog Catalog => TestCatalogs.AllKinds;

    private static CatalogResource Kind => TestCatalogs.KindSample;

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_new_key_is_inserted_as_version_1_with_the_items_not_given_null(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var (writer, _) = await WriterAsync(db);

        var results = await writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("text", "甲"), ("amount", 12.50m))], "u-sw");

        var result = Assert.Single(results);
        Assert.Equal((RecordWriteOutcome.Inserted, 1), (result.Outcome, result.Version));
        Assert.Equal(["text", "amount"], result.ChangedItems);
        var row = Assert.Single(await db.QueryAsync("SELECT code, text, count, _version FROM ds_kind_sample"));
        Assert.Equal(["A-1", "甲", null, 1L], row.Select(Normal));
        var history = Assert.Single(await writer.HistoryAsync(Catalog, Kind, "A-1"));
        Assert.Equal((1, RecordChangeKind.Inserted, "u-sw", Now), (history.Version, history.Kind, history.Actor, history.ChangedAt));
        Assert.Null(history.PreviousValuesJson);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_partial_update_changes_only_the_given_items_and_keeps_their_previous_values(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var (writer, clock) = await WriterAsync(db);
        await writer.UpsertAsync(
            Catalog,
            Kind,
            [Patch("A-1", ("text", "甲"), ("count", 3), ("amount", 1.50m), ("day", new DateOnly(2026, 1, 2)), ("flag", true))],
            "u-sw"
        );
        clock.Advance(TimeSpan.FromMinutes(5));

        var result = Assert.Single(
            await writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("text", "乙"), ("count", 3), ("amount", 2.25m))], "u-sw2")
        );

        Assert.Equal((RecordWriteOutcome.Updated, 2), (result.Outcome, result.Version));
        Assert.Equal(["text", "amount"], result.ChangedItems);
        var row = Assert.Single(await db.QueryAsync("SELECT text, count, day, flag, _version FROM ds_kind_sample"));
        Assert.Equal(["乙", 3L, "2026-01-02", 1L, 2L], row.Select(Normal));
        var history = await writer.HistoryAsync(Catalog, Kind, "A-1");
        Assert.Equal([1, 2], history.Select(h => h.Version));
        var update = history[1];
        Assert.Equal((RecordChangeKind.Updated, "u-sw2", Now.AddMinutes(5)), (update.Kind, update.Actor, update.ChangedAt));
        Assert.Equal(["text", "amount"], update.ChangedItems);
        Assert.Equal("""{"text":"甲","amount":1.50}""", Unescaped(update.PreviousValuesJson));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_explicit_null_sets_null_and_an_absent_item_stays(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var (writer, _) = await WriterAsync(db);
        var moment = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1230);
        await writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("text", "甲"), ("moment", moment), ("count", 7))], "u-sw");

        var result = Assert.Single(await writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("moment", null))], "u-sw"));

        Assert.Equal(["moment"], result.ChangedItems);
        var row = Assert.Single(await db.QueryAsync("SELECT text, moment, count FROM ds_kind_sample"));
        Assert.Equal(["甲", null, 7L], row.Select(Normal));
        var previous = (await writer.HistoryAsync(Catalog, Kind, "A-1"))[1].PreviousValuesJson;
        Assert.Equal("""{"moment":"2026-03-04T05:06:07.000123Z"}""", previous);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_update_that_changes_nothing_writes_no_version_and_no_history(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var (writer, clock) = await WriterAsync(db);
        await writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("text", "甲"), ("amount", 1.5m))], "u-sw");
        var before = await db.QueryAsync("SELECT _version, _changed_at FROM ds_kind_sample");
        clock.Advance(TimeSpan.FromHours(1));

        var result = Assert.Single(
            await writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("text", "甲"), ("amount", 1.50m), ("count", null))], "u-sw")
        );

        Assert.Equal((RecordWriteOutcome.Unchanged, 1), (result.Outcome, result.Version));
        Assert.Empty(result.ChangedItems);
        Assert.Equal(before, await db.QueryAsync("SELECT _version, _changed_at FROM ds_kind_sample"));
        Assert.Equal(1L, await db.CountAsync("ds_kind_sample__history"));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_batch_with_a_refused_or_failing_patch_writes_nothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var (writer, _) = await WriterAsync(db);
        await writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("text", "甲")), Patch("A-2", ("text", "乙"))], "u-sw");
        await writer.MarkDeletedAsync(Catalog, Kind, "A-2", "u-dsj");

        var refused = await Assert.ThrowsAsync<RecordWriteRefusedException>(() =>
            writer.UpsertAsync(
                Catalog,
                Kind,
                [Patch("A-1", ("text", "丙")), Patch("A-3", ("text", "丁")), Patch("A-2", ("text", "戊")), Patch("A-3", ("count", 1))],
                "u-sw"
            )
        );
        // PostgreSQL refuses a 300-character key at the database, after the update of A-1 was sent; SQLite enforces no length,
        // there the scaled-decimal converter refuses a third decimal place while saving.
        var failing =
            provider == DatabaseProvider.PostgreSql ? Patch(new string('x', 300), ("text", "丁")) : Patch("A-4", ("amount", 1.005m));
        var failed = await Record.ExceptionAsync(() => writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("text", "丙")), failing], "u-sw"));

        Assert.Equal([(2, "RECORD_DELETED"), (3, "KEY_REPEATED")], refused.Refusals.Select(r => (r.Index, r.Code)));
        Assert.NotNull(failed);
        Assert.Equal(2L, await db.CountAsync("ds_kind_sample"));

        Assert.Equal(["甲"], (await db.QueryAsync("SELECT text FROM ds_kind_sample WHERE code = 'A-1'")).Select(r => r[0]));
        Assert.Equal(3L, await db.CountAsync("ds_kind_sample__history"));
        Assert.Empty(await db.QueryAsync("SELECT code FROM ds_kind_sample WHERE code = 'A-3'"));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_approved_deletion_sets_the_deletion_time_and_keeps_the_versions(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var (writer, clock) = await WriterAsync(db);
        await writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("text", "甲"))], "u-sw");
        await writer.UpsertAsync(Catalog, Kind, [Patch("A-1", ("text", "乙"))], "u-sw");
        clock.Advance(TimeSpan.FromDays(1));

        await writer.MarkDeletedAsync(Catalog, Kind, "A-1", "u-dsj");
        await writer.MarkDeletedAsync(Catalog, Kind, "A-1", "u-dsj");

        var row = Assert.Single(await db.QueryAsync("SELECT _version, _deleted_at IS NOT NULL, text FROM ds_kind_sample"));
        Assert.Equal([2L, 1L, "乙"], row.Select(Normal));
        var history = await writer.HistoryAsync(Catalog, Kind, "A-1");
        Assert.Equal(
            [(1, RecordChangeKind.Inserted), (2, RecordChangeKind.Updated), (2, RecordChangeKind.Deleted)],
            history.Select(h => (h.Version, h.Kind))
        );
        Assert.Equal(("u-dsj", Now.AddDays(1), null), (history[2].Actor, history[2].ChangedAt, history[2].PreviousValuesJson));
        Assert.Empty(history[2].ChangedItems);
        var missing = await Assert.ThrowsAsync<RecordWriteRefusedException>(() => writer.MarkDeletedAsync(Catalog, Kind, "A-9", "u-dsj"));
        Assert.Equal("RECORD_NOT_FOUND", Assert.Single(missing.Refusals).Code);
    }

    private static async Task<(DatasetRecordWriter Writer, FakeTimeProvider Clock)> WriterAsync(TestDatabase db)
    {
        var contexts = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(contexts).MigrateAsync(null, Catalog);
        var clock = new FakeTimeProvider(Now);
        return (new DatasetRecordWriter(contexts, clock), clock);
    }

    private static RecordPatch Patch(string code, params (string Item, object? Value)[] items) =>
        new(code, items.ToDictionary(i => i.Item, i => i.Value));

    /// <summary>Provider values in one form: integers and booleans as long (SQLite stores 0/1), dates as text.</summary>
    private static object? Normal(object? value) =>
        value switch
        {
            int n => (long)n,
            bool b => b ? 1L : 0L,
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };

    private static string? Unescaped(string? json) => json is null ? null : System.Text.RegularExpressions.Regex.Unescape(json);
}
