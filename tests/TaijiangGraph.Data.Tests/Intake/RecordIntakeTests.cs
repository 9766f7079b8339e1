using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Hosting;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Intake;

/// <summary>
/// The record intake (docs/data-in.md, "The record intake"): only the provider writes, every record is validated, the call is one
/// transaction (all or nothing, or the valid ones with <c>KeepValid</c>), and each batch leaves a governance event with key hashes
/// and item names, never a value.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RecordIntakeTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    private static readonly Principal Provider = Person("u-sw-01", "TJ-SW", Roles.Department);

    public static TheoryData<DatabaseProvider, string> Outsiders =>
        new()
        {
            { DatabaseProvider.Sqlite, "other-department" },
            { DatabaseProvider.Sqlite, "app-of-other-department" },
            { DatabaseProvider.Sqlite, "bureau" },
            { DatabaseProvider.PostgreSql, "other-department" },
            { DatabaseProvider.PostgreSql, "app-of-other-department" },
            { DatabaseProvider.PostgreSql, "bureau" },
        };

    [SkippableTheory]
    [MemberData(nameof(Outsiders))]
    public async Task A_caller_other_than_the_provider_is_refused_before_anything_is_read_or_written(DatabaseProvider provider, string who)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var (intake, catalog, resource) = await IntakeAsync(services);
        var caller = who switch
        {
            "other-department" => Person("u-mz-01", "TJ-MZ", Roles.Department),
            "app-of-other-department" => new Principal("svc-mz", "民政应用", "TJ-MZ", new HashSet<string>(), "mz-app"),
            _ => Person("bureau-01", "TJ-DSJ", Roles.Bureau, Roles.Department),
        };
        var before = await db.CountAsync("ds_tax_payment");
        var read = false;

        await Assert.ThrowsAsync<RecordWriteForbiddenException>(() =>
            intake.WriteAsync(caller, catalog, resource, Flagged(() => read = true, Patch("P-1", ("tax_type", "增值税"))), new())
        );

        Assert.False(read);
        Assert.Equal(before, await db.CountAsync("ds_tax_payment"));
        Assert.Empty(await EventsAsync(services));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Any_refusal_rolls_everything_back_and_every_refused_record_is_listed(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var (intake, catalog, resource) = await IntakeAsync(services);
        var before = await db.CountAsync("ds_tax_payment");

        var result = await intake.WriteAsync(Provider, catalog, resource, Three(), new());

        Assert.False(result.Written);
        Assert.Equal((0L, 0L, 0L), (result.Inserted, result.Updated, result.Unchanged));
        Assert.Equal([(1L, "amount", "TYPE_MISMATCH"), (2L, "audit_case_ref", "UNKNOWN_ITEM")], Refusals(result));
        Assert.Equal(before, await db.CountAsync("ds_tax_payment"));
        Assert.Empty(await EventsAsync(services));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Keep_valid_writes_the_valid_records_and_lists_the_refused_ones(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var (intake, catalog, resource) = await IntakeAsync(services);
        var before = await db.CountAsync("ds_tax_payment");

        var result = await intake.WriteAsync(Provider, catalog, resource, Three(), new() { KeepValid = true, Channel = "import" });

        Assert.True(result.Written);
        Assert.Equal((1L, 0L, 0L), (result.Inserted, result.Updated, result.Unchanged));
        Assert.Equal([(1L, "amount", "TYPE_MISMATCH"), (2L, "audit_case_ref", "UNKNOWN_ITEM")], Refusals(result));
        Assert.Equal(before + 1, await db.CountAsync("ds_tax_payment"));
        Assert.Single(await db.QueryAsync("SELECT payment_id FROM ds_tax_payment WHERE payment_id = 'P-0'"));
        Assert.Contains("\"channel\":\"import\"", Assert.Single(await EventsAsync(services)).After);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_key_repeated_in_a_later_batch_is_refused_and_a_deleted_key_stays_deleted(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var (intake, catalog, resource) = await IntakeAsync(services);
        await intake.WriteAsync(Provider, catalog, resource, Async(Patch("GONE", ("tax_type", "增值税"))), new());
        await services.GetRequiredService<IDatasetRecordWriter>().MarkDeletedAsync(catalog, resource, "GONE", "bureau-01");
        var before = await db.CountAsync("ds_tax_payment");
        var records = Enumerable
            .Range(0, 1500)
            .Select(i =>
                Patch(
                    i == 1200 ? "K-3"
                        : i == 1300 ? "GONE"
                        : $"K-{i}",
                    ("tax_type", "增值税")
                )
            )
            .ToArray();

        var all = await intake.WriteAsync(Provider, catalog, resource, Async(records), new());
        var valid = await intake.WriteAsync(Provider, catalog, resource, Async(records), new() { KeepValid = true });

        Assert.False(all.Written);
        Assert.Equal([(1200L, null, "KEY_REPEATED"), (1300L, null, "RECORD_DELETED")], Refusals(all));
        Assert.True(valid.Written);
        Assert.Equal(Refusals(all), Refusals(valid));
        Assert.Equal(1498L, valid.Inserted);
        Assert.Equal(before + 1498, await db.CountAsync("ds_tax_payment"));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_update_changes_only_the_given_items_and_an_unchanged_record_writes_no_version(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var (intake, catalog, resource) = await IntakeAsync(services);
        await intake.WriteAsync(
            Provider,
            catalog,
            resource,
            Async(Patch("P-1", ("taxpayer_name", "甲公司"), ("tax_type", "增值税"), ("amount", 10.50m))),
            new()
        );

        var update = await intake.WriteAsync(
            Provider,
            catalog,
            resource,
            Async(Patch("P-1", ("tax_type", "企业所得税"), ("amount", null))),
            new() { KeepResults = true }
        );
        var same = await intake.WriteAsync(Provider, catalog, resource, Async(Patch("P-1", ("tax_type", "企业所得税"))), new());

        Assert.Equal((0L, 1L, 0L), (update.Inserted, update.Updated, update.Unchanged));
        Assert.Equal(["tax_type", "amount"], Assert.Single(update.Results!).ChangedItems);
        Assert.Equal((0L, 0L, 1L), (same.Inserted, same.Updated, same.Unchanged));
        var row = Assert.Single(
            await db.QueryAsync("SELECT taxpayer_name, tax_type, amount, _version FROM ds_tax_payment WHERE payment_id = 'P-1'")
        );
        Assert.Equal(["甲公司", "企业所得税", null, 2L], row.Select(v => v is int n ? (long)n : v));
        var history = await services.GetRequiredService<IDatasetRecordWriter>().HistoryAsync(catalog, resource, "P-1");
        Assert.Equal([1, 2], history.Select(h => h.Version));
        Assert.All(history, h => Assert.Equal("u-sw-01", h.Actor));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_hundred_records_leave_one_governance_event_with_key_hashes_and_item_names_and_no_value(
        DatabaseProvider provider
    )
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var (intake, catalog, resource) = await IntakeAsync(services);
        const string canary = "CANARY-金丝雀-7731";
        var records = Enumerable
            .Range(0, 1001)
            .Select(i => Patch($"{canary}-{i}", ("taxpayer_name", canary), ("tax_type", "增值税"), ("period", "2026-07")))
            .ToArray();
        var app = new Principal("svc-sw", "税务应用", "TJ-SW", new HashSet<string>(), "sw-sync");

        var result = await intake.WriteAsync(app, catalog, resource, Async(records), new() { Channel = "push" });

        Assert.Equal(1001L, result.Inserted);
        var events = await EventsAsync(services);
        Assert.Equal(11, events.Count);
        Assert.All(events, e => Assert.Equal(("svc-sw", "tax_payment", Now), (e.Actor, e.Resource, e.Time)));
        Assert.All(events, e => Assert.DoesNotContain("CANARY", e.After!, StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain("2026-07", e.After!, StringComparison.Ordinal));
        var hashKey = services.GetRequiredService<IKeyRing>().Current(KeyPurposes.AuditHash).Secret.Span;
        var hash = AuditHashing.HashValue(hashKey, "tax_payment", $"{canary}-1000");
        Assert.Contains("\"app\":\"sw-sync\"", events[10].After, StringComparison.Ordinal);
        Assert.Contains("\"inserted\":100,", events[0].After, StringComparison.Ordinal);
        Assert.Contains("\"inserted\":1,", events[10].After, StringComparison.Ordinal);
        Assert.Contains(
            $$"""{"keyHash":"{{hash}}","outcome":"Inserted","changedItems":["taxpayer_name","tax_type","period"]}""",
            events[10].After,
            StringComparison.Ordinal
        );
    }

    private static async IAsyncEnumerable<RecordPatch> Three()
    {
        await Task.Yield();
        yield return Patch("P-0", ("taxpayer_name", "甲公司"), ("amount", 1.25m));
        yield return Patch("P-1", ("taxpayer_name", "乙公司"), ("amount", 1.005m));
        yield return Patch("P-2", ("taxpayer_name", "丙公司"), ("audit_case_ref", "JC-1"));
    }

    private static async IAsyncEnumerable<RecordPatch> Async(params RecordPatch[] records)
    {
        await Task.Yield();
        foreach (var record in records)
        {
            yield return record;
        }
    }

    private static async IAsyncEnumerable<RecordPatch> Flagged(Action read, RecordPatch record)
    {
        await Task.Yield();
        read();
        yield return record;
    }

    private static List<(long, string?, string)> Refusals(RecordIntakeResult result) =>
        [.. result.Refused.Select(r => (r.Index, r.Item, r.Code))];

    private static Principal Person(string user, string department, params string[] roles) =>
        new(user, user, department, new HashSet<string>(roles), null);

    private static RecordPatch Patch(string key, params (string Item, object? Value)[] items) =>
        new(key, items.ToDictionary(i => i.Item, i => i.Value));

    private static async Task<(IRecordIntake, DataCatalog, CatalogResource)> IntakeAsync(ServiceProvider services)
    {
        var catalog = (await services.GetRequiredService<GovernanceStore>().LoadPublishedCatalogAsync())!;
        return (services.GetRequiredService<IRecordIntake>(), catalog, catalog.FindResource("tax_payment")!);
    }

    private static async Task<List<GovernanceEventRow>> EventsAsync(ServiceProvider services)
    {
        await using var governance = await services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>().CreateDbContextAsync();
        return await governance.Events.AsNoTracking().Where(e => e.Kind == GovernanceStore.RecordsWritten).OrderBy(e => e.Id).ToListAsync();
    }

    private static async Task<ServiceProvider> SeededAsync(DatabaseOptions options)
    {
        var services = new ServiceCollection().AddDataStorage(options).AddLogging();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now)));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions { RecordsPerResource = 1 });
        return provider;
    }
}
