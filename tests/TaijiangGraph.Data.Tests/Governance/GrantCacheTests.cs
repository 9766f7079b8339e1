using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Hosting;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Governance;

/// <summary>
/// The governance store caches each department's grants (docs/architecture.md, Grants and decisions cached per department): later
/// reads share the first read, a grant stored or revoked through the store is in the next read at once, and a change made through
/// another store on the same database is in it once <see cref="GovernanceStore.RefreshGrantsAsync"/> saw the stamp move.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GrantCacheTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Concurrent_and_later_reads_of_a_department_share_one_read(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<GovernanceStore>();

        var first = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.HeldByAsync("TJ-SW"))));
        var later = await store.HeldByAsync("TJ-SW");

        Assert.All(first, held => Assert.Same(first[0], held));
        Assert.Same(first[0], later);
        Assert.Same(later.All, await store.GrantsOfAsync("TJ-SW"));
        Assert.Equal(["G-2025-0003", "G-2025-0004"], later.All.Select(g => g.Id));
        Assert.NotSame(later, await store.HeldByAsync("TJ-MZ"));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_grant_revoked_through_the_store_is_revoked_in_the_next_read_with_an_event(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<GovernanceStore>();
        var before = await store.HeldByAsync("TJ-SW");

        var revoked = await store.RevokeGrantAsync("G-2025-0003", "bureau-01", "用途已完成");
        var after = await store.HeldByAsync("TJ-SW");

        Assert.Equal(GrantState.Active, Assert.Single(before.All, g => g.Id == "G-2025-0003").StateAt(Now));
        Assert.Equal(GrantState.Revoked, revoked!.StateAt(Now));
        Assert.Equal(Now, revoked.RevokedAt);
        Assert.NotSame(before, after);
        Assert.Equal(Now, Assert.Single(after.All, g => g.Id == "G-2025-0003").RevokedAt);
        Assert.Empty(after.At(Now).Active);
        var events = await GrantRevokedEventsAsync(services);
        var e = Assert.Single(events);
        Assert.Equal(("bureau-01", "G-2025-0003", "market_entity"), (e.Actor, e.Subject, e.Resource));
        Assert.Contains("用途已完成", e.After, StringComparison.Ordinal);
        Assert.Contains("G-2025-0003", e.Before, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Revoking_again_keeps_the_first_revocation_and_an_unknown_grant_is_null()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);
        var clock = new FakeTimeProvider(Now);
        await using var services = await SeededAsync(db.Options, clock);
        var store = services.GetRequiredService<GovernanceStore>();
        await store.RevokeGrantAsync("G-2025-0003", "bureau-01", "first");
        clock.Advance(TimeSpan.FromHours(1));

        var again = await store.RevokeGrantAsync("G-2025-0003", "bureau-01", "second");

        Assert.Equal(Now, again!.RevokedAt);
        Assert.Single(await GrantRevokedEventsAsync(services));
        Assert.Null(await store.RevokeGrantAsync("G-none", "bureau-01", "none"));
    }

    [SkippableFact]
    public async Task A_grant_stored_through_the_store_is_in_the_next_read()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<GovernanceStore>();
        var before = await store.HeldByAsync("TJ-JY");

        await store.AddGrantsAsync([NewGrant("G-T-1", "TJ-JY")], "bureau-01");

        Assert.Equal(["G-2026-0007"], before.All.Select(g => g.Id));
        Assert.Equal(["G-2026-0007", "G-T-1"], (await store.HeldByAsync("TJ-JY")).All.Select(g => g.Id));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_change_through_another_store_is_read_once_the_refresh_saw_the_stamp_move(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var a = await SeededAsync(db.Options);
        await using var b = Services(db.Options, new FakeTimeProvider(Now));
        var storeA = a.GetRequiredService<GovernanceStore>();
        Assert.True(await storeA.RefreshGrantsAsync()); // the first refresh always drops what was read before any stamp
        Assert.False(await storeA.RefreshGrantsAsync());
        var warm = await storeA.HeldByAsync("TJ-SW");

        await b.GetRequiredService<GovernanceStore>().RevokeGrantAsync("G-2025-0003", "bureau-01", "elsewhere");

        Assert.Same(warm, await storeA.HeldByAsync("TJ-SW")); // stale until the refresh: at most Catalog:RefreshSeconds
        Assert.True(await storeA.RefreshGrantsAsync());
        var fresh = await storeA.HeldByAsync("TJ-SW");
        Assert.Equal(Now, Assert.Single(fresh.All, g => g.Id == "G-2025-0003").RevokedAt);
        Assert.False(await storeA.RefreshGrantsAsync());
        Assert.Same(fresh, await storeA.HeldByAsync("TJ-SW"));
    }

    private static async Task<ServiceProvider> SeededAsync(DatabaseOptions options, TimeProvider? clock = null)
    {
        var services = Services(options, clock ?? new FakeTimeProvider(Now));
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions { RecordsPerResource = 1 });
        return services;
    }

    private static ServiceProvider Services(DatabaseOptions options, TimeProvider clock)
    {
        var services = new ServiceCollection().AddDataStorage(options).AddLogging();
        services.Replace(ServiceDescriptor.Singleton(clock));
        return services.BuildServiceProvider();
    }

    private static async Task<List<GovernanceEventRow>> GrantRevokedEventsAsync(ServiceProvider services)
    {
        await using var governance = await services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>().CreateDbContextAsync();
        return await governance.Events.AsNoTracking().Where(e => e.Kind == GovernanceStore.GrantRevoked).ToListAsync();
    }

    private static Grant NewGrant(string id, string grantee) =>
        new()
        {
            Id = id,
            Grantee = grantee,
            Resource = "market_entity",
            Items = [new GrantItem("legal_rep")],
            Purpose = "校外培训机构核查",
            ValidFrom = new DateOnly(2026, 1, 1),
            ValidTo = new DateOnly(2026, 12, 31),
            Approver = "city-reviewer-01",
        };
}
