using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Governance;

/// <summary>
/// Grants and decisions are cached per department (docs/architecture.md, Grants and decisions cached per department), end to end
/// through <c>/graphql</c>: a cached decision ends at the next validFrom/validTo boundary of the pinned clock, and a grant revoked
/// through the governance store is refused by the same instance at once. Each test has its own server (its own clock); the catalog
/// refresh is off, so nothing but the clock or the revocation can change the answer.
/// </summary>
public sealed class CachedGrantTests
{
    private const string LegalReps = "{ marketEntities(first: 3) { nodes { creditCode legalRep } } }";

    /// <summary>12:00 on 2026-11-26 in Taijiang plus this is midnight, the start of 2026-11-27.</summary>
    private static readonly TimeSpan ToMidnight = TimeSpan.FromHours(12);

    [Fact]
    public async Task A_cached_grant_is_refused_once_the_clock_passes_its_validTo()
    {
        using var server = Server();
        var store = server.Services.GetRequiredService<GovernanceStore>();
        await store.AddGrantsAsync([Grant("G-T-TO", new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 26))], "bureau-test");

        var allowed = await server.Query("TJ-JY", LegalReps);
        var cached = await store.HeldByAsync("TJ-JY");
        server.Clock.Advance(ToMidnight);
        var refused = await server.Query("TJ-JY", LegalReps);

        AssertAllowed(allowed);
        AssertRefused(refused);
        Assert.Same(cached, await store.HeldByAsync("TJ-JY")); // the cache still holds the grant: the clock refused it
    }

    [Fact]
    public async Task A_cached_grant_not_yet_valid_is_allowed_once_the_clock_reaches_its_validFrom()
    {
        using var server = Server();
        var store = server.Services.GetRequiredService<GovernanceStore>();
        await store.AddGrantsAsync([Grant("G-T-FROM", new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 31))], "bureau-test");

        var refused = await server.Query("TJ-JY", LegalReps);
        var cached = await store.HeldByAsync("TJ-JY");
        server.Clock.Advance(ToMidnight - TimeSpan.FromSeconds(1));
        var stillRefused = await server.Query("TJ-JY", LegalReps);
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var allowed = await server.Query("TJ-JY", LegalReps);

        AssertRefused(refused);
        AssertRefused(stillRefused);
        AssertAllowed(allowed);
        Assert.Same(cached, await store.HeldByAsync("TJ-JY"));
    }

    [Fact]
    public async Task A_grant_revoked_through_the_store_is_refused_by_the_same_instance_at_once()
    {
        using var server = Server();
        var store = server.Services.GetRequiredService<GovernanceStore>();

        var allowed = await server.Query("TJ-SW", LegalReps);
        var revoked = await store.RevokeGrantAsync("G-2025-0003", "bureau-test", "用途已完成");
        var refused = await server.Query("TJ-SW", LegalReps);

        AssertAllowed(allowed);
        Assert.Equal(GrantState.Revoked, revoked!.StateAt(server.Clock.GetUtcNow()));
        AssertRefused(refused);
    }

    private static TaijiangServerFactory Server() => TaijiangServerFactory.With(("Catalog:RefreshSeconds", "0"));

    private static void AssertAllowed(GraphQLReply reply)
    {
        Assert.True(reply.Errors.Count == 0, reply.Text);
        var nodes = reply.Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.String, n.GetProperty("legalRep").ValueKind));
    }

    private static void AssertRefused(GraphQLReply reply)
    {
        Assert.Equal(["FORBIDDEN_CONDITIONAL"], reply.ErrorCodes);
        var nodes = reply.Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("legalRep").ValueKind));
    }

    private static Grant Grant(string id, DateOnly from, DateOnly to) =>
        new()
        {
            Id = id,
            Grantee = "TJ-JY",
            Resource = "market_entity",
            Items = [new GrantItem("legal_rep")],
            Purpose = "校外培训机构核查",
            ValidFrom = from,
            ValidTo = to,
            Approver = "city-reviewer-01",
        };
}
