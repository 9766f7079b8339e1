using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Governance;

/// <summary>
/// Two instances on one PostgreSQL database: a grant revoked elsewhere (here through a governance store of the test on the same
/// database) is refused by an instance that had it cached within <c>Catalog:RefreshSeconds</c> (docs/architecture.md, Grants and
/// decisions cached per department).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RevocationAcrossInstancesTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private const int RefreshSeconds = 1;
    private const string LegalReps = "{ marketEntities(first: 3) { nodes { creditCode legalRep } } }";
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(10);
    private ServerPair? _pair;
    private string? _connectionString;

    private ServerPair Pair => _pair ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _connectionString = postgres.ConnectionString(await postgres.CreateDatabaseAsync("revocation"));
        _pair = await ServerPair.StartAsync(
            _connectionString,
            new Dictionary<string, string>
            {
                ["Catalog__RefreshSeconds"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
        );
    }

    public async Task DisposeAsync()
    {
        if (_pair is not null)
        {
            await _pair.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_grant_revoked_elsewhere_is_refused_by_the_other_instance_within_the_refresh_interval()
    {
        var token = await Pair.A.TokenAsync("u-two-servers", "TJ-SW", "department");
        var warm = await Ask(Pair.B, token);
        await using var services = new ServiceCollection()
            .AddDataStorage(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = _connectionString })
            .AddLogging()
            .BuildServiceProvider();

        await services.GetRequiredService<GovernanceStore>().RevokeGrantAsync("G-2025-0003", "bureau-test", "用途已完成");
        var watch = Stopwatch.StartNew();
        var refused = await Ask(Pair.B, token);
        while (!IsRefused(refused) && watch.Elapsed < TimeSpan.FromSeconds(RefreshSeconds) + Slack)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            refused = await Ask(Pair.B, token);
        }

        Assert.True(warm.Errors.Count == 0, warm.Text);
        Assert.All(Nodes(warm), n => Assert.Equal(JsonValueKind.String, n.GetProperty("legalRep").ValueKind));
        Assert.True(IsRefused(refused), $"Still allowed {watch.Elapsed} after the revocation: {refused.Text}");
        Assert.All(Nodes(refused), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("legalRep").ValueKind));
        Assert.True(IsRefused(await Ask(Pair.A, token)));
    }

    private static Task<GraphQLReply> Ask(ServerProcess server, string token) => server.PostAsync(token, GraphQLRequests.Body(LegalReps));

    private static bool IsRefused(GraphQLReply reply) => reply.ErrorCodes.SequenceEqual(["FORBIDDEN_CONDITIONAL"]);

    private static List<JsonElement> Nodes(GraphQLReply reply) =>
        reply.Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray().ToList();
}
