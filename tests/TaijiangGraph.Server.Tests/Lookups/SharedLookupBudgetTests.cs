using System.Net;
using System.Text.Json;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Lookups;

/// <summary>
/// Two instances on one PostgreSQL database share one lookup budget: misses made on instance A count on instance B,
/// so spreading an enumeration over instances gains nothing. (Tokens minted with A's key ring work on B.)
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SharedLookupBudgetTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private const string Purpose = "最低生活保障资格核查";
    private ServerPair? _pair;

    private ServerPair Pair => _pair ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() =>
        _pair = await ServerPair.StartAsync(postgres.ConnectionString(await postgres.CreateDatabaseAsync("lookups")));

    public async Task DisposeAsync()
    {
        if (_pair is not null)
        {
            await _pair.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Misses_on_one_instance_count_on_the_other()
    {
        var token = await Pair.A.TokenAsync("u-two-servers", "TJ-MZ", "department");

        Assert.Equal(HttpStatusCode.OK, (await Ask(Pair.A, token, LookupCandidates.Unknown(20))).Status);
        AssertExhausted(await Ask(Pair.B, token, LookupCandidates.Unknown(20, offset: 20)));
        Assert.Equal(HttpStatusCode.OK, (await Ask(Pair.B, token, LookupCandidates.Unknown(10, offset: 40))).Status);
        AssertExhausted(await Ask(Pair.A, token, LookupCandidates.Unknown(1, offset: 50)));
    }

    private static Task<GraphQLReply> Ask(ServerProcess server, string token, IEnumerable<string> ids) =>
        server.PostAsync(token, GraphQLRequests.Body(LookupCandidates.ByKeyAliases(ids), purpose: Purpose));

    private static void AssertExhausted(GraphQLReply response)
    {
        Assert.False(response.Root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, response.Text);
        Assert.Equal(
            "LOOKUP_BUDGET_EXHAUSTED",
            response.Root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
        );
    }
}
