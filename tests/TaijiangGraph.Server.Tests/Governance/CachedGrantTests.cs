using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Governance;

/// <summary>
/// Grants and decisions are cached per department (docs/architecture.md, Grants and decisions cached per department), end to end
/// through <c>/graphql</c> with the sample grants: a cached decision ends at the next validFrom/validTo boundary of the pinned clock,
/// and a grant revoked through the governance store is refused by the same instance at once. Each test has its own server (its own
/// clock); the catalog refresh is off, so nothing but the clock or the revocation can change the answer.
/// </summary>
public sealed class CachedGrantTests
{
    private const string LegalReps = "{ marketEntities(first: 3) { nodes { creditCode legalRep } } }";

    [Fact]
    public async Task A_cached_grant_is_refused_once_the_clock_passes_its_validTo()
    {
        // G-2025-0003 (TJ-SW: market_entity.legal_rep) is valid to 2030-06-30 inclusive, Taijiang time.
        using var server = Server();
        var store = server.Services.GetRequiredService<GovernanceStore>();

        var allowed = await server.Query("TJ-SW", LegalReps);
        var cached = await store.HeldByAsync("TJ-SW");
        server.Clock.Advance(Until(new DateTimeOffset(2030, 7, 1, 0, 0, 0, Cst), server) - TimeSpan.FromSeconds(1));
        var lastSecond = await server.Query("TJ-SW", LegalReps);
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var refused = await server.Query("TJ-SW", LegalReps);

        AssertAllowed(allowed);
        AssertAllowed(lastSecond);
        AssertRefused(refused);
        Assert.Same(cached, await store.HeldByAsync("TJ-SW")); // the grants stayed cached: the clock refused the grant
    }

    [Fact]
    public async Task A_cached_grant_not_yet_valid_is_allowed_once_the_clock_reaches_its_validFrom()
    {
        // G-2026-0007 (TJ-JY: market_entity.legal_rep) is valid from 2099-01-01, Taijiang time.
        using var server = Server();
        var store = server.Services.GetRequiredService<GovernanceStore>();

        var refused = await server.Query("TJ-JY", LegalReps);
        var cached = await store.HeldByAsync("TJ-JY");
        server.Clock.Advance(Until(new DateTimeOffset(2099, 1, 1, 0, 0, 0, Cst), server) - TimeSpan.FromSeconds(1));
        var lastSecond = await server.Query("TJ-JY", LegalReps);
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var allowed = await server.Query("TJ-JY", LegalReps);

        AssertRefused(refused);
        AssertRefused(lastSecond);
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

    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

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

    private static TimeSpan Until(DateTimeOffset instant, TaijiangServerFactory server) => instant - server.Clock.GetUtcNow();
}
