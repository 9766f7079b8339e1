using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Hosting;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Versions;

/// <summary>
/// Record deletion requests in the governance database (docs/data-in.md, "Deletion"): one pending request per record even when
/// requests race, a decision on a stale version writes nothing, and an approval whose record cannot be marked deleted is undone.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RecordDeletionStoreTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    private static readonly Principal Provider = new("u-scjg", "u-scjg", "TJ-SCJG", new HashSet<string> { Roles.Department }, null);
    private static readonly Principal Bureau = new("u-dsj", "u-dsj", "TJ-DSJ", new HashSet<string> { Roles.Bureau }, null);

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Requests_racing_for_one_record_store_one_and_refuse_the_others_as_duplicate(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IRecordDeletionStore>();

        var outcomes = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(_ => Task.Run(() => store.RequestAsync(New(store, "K-1"), "u-scjg")))
        );

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ErrorCodes.Workflow.DuplicatePending, o.Code));
        Assert.Single(await store.ListAsync(RecordDeletionState.Pending, "TJ-SCJG", 100));
        Assert.True((await store.RequestAsync(New(store, "K-2"), "u-scjg")).Succeeded);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_decision_on_a_version_another_decision_moved_on_writes_nothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IRecordDeletionStore>();
        var catalog = services.GetRequiredService<ICatalogState>().Current;
        var pending = (await store.RequestAsync(New(store, "K-1"), "u-scjg")).Request!;

        var rejected = await store.DecideAsync(pending, RecordDeletionRules.Reject(pending, Bureau, "须保留", Now), catalog, "u-dsj");
        var late = await store.DecideAsync(pending, RecordDeletionRules.Approve(pending, Bureau, Now), catalog, "u-dsj2");

        Assert.True(rejected.Succeeded, rejected.Message);
        Assert.Equal(ErrorCodes.Workflow.StaleState, late.Code);
        var stored = await store.FindAsync(pending.Id);
        Assert.Equal((RecordDeletionState.Rejected, 2, "u-dsj"), (stored!.State, stored.Version, stored.DecidedBy));
        Assert.Equal([RecordDeletionStore.Requested, RecordDeletionStore.Rejected], await KindsAsync(services, pending.Id));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_approval_whose_record_cannot_be_marked_deleted_is_undone_and_the_error_thrown(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IRecordDeletionStore>();
        var catalog = services.GetRequiredService<ICatalogState>().Current;
        var pending = (await store.RequestAsync(New(store, "NO-SUCH-RECORD"), "u-scjg")).Request!;

        var error = await Assert.ThrowsAsync<RecordWriteRefusedException>(() =>
            store.DecideAsync(pending, RecordDeletionRules.Approve(pending, Bureau, Now), catalog, "u-dsj")
        );

        Assert.Equal(ErrorCodes.RecordWrites.RecordNotFound, Assert.Single(error.Refusals).Code);
        var stored = await store.FindAsync(pending.Id);
        Assert.Equal((RecordDeletionState.Pending, 3, null), (stored!.State, stored.Version, stored.DecidedBy));
        Assert.Equal(
            [RecordDeletionStore.Requested, RecordDeletionStore.Approved, RecordDeletionStore.ApprovalUndone],
            await KindsAsync(services, pending.Id)
        );
    }

    private static RecordDeletionRequest New(IRecordDeletionStore store, string key) =>
        RecordDeletionRules
            .Request(store.NewRequestId(Now), Provider, TestCatalogs.Sample.FindResource("market_entity")!, key, "重复登记", Now)
            .Request!;

    private static async Task<ServiceProvider> SeededAsync(DatabaseOptions options)
    {
        var services = new ServiceCollection().AddDataStorage(options).AddLogging();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now)));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions { RecordsPerResource = 1 });
        return provider;
    }

    private static async Task<IReadOnlyList<string>> KindsAsync(ServiceProvider services, string subject)
    {
        await using var governance = await services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>().CreateDbContextAsync();
        return await governance.Events.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
    }
}
