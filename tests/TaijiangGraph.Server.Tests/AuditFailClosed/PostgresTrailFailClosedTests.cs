using System.Globalization;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>
/// docs/audit.md (Writing: group commit, fail closed) on PostgreSQL, against a real server process on a fresh database: while another
/// session holds
/// <c>LOCK TABLE audit_records IN ACCESS EXCLUSIVE MODE</c>, data requests fail closed (503
/// <c>AUDIT_UNAVAILABLE</c>, no data) within the deadline; after the lock is released, requests are served again
/// without a restart and their records are in the trail.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTrailFailClosedTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private const int DeadlineMilliseconds = 1500;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(6);
    private ServerProcess? _server;
    private string _connectionString = "";

    private ServerProcess Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _connectionString = postgres.ConnectionString(await postgres.CreateDatabaseAsync("failclosed"));
        _server = await ServerProcess.StartAsync(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Database__Provider"] = "PostgreSql",
                ["Database__ConnectionString"] = _connectionString,
                ["Audit__DeadlineMilliseconds"] = DeadlineMilliseconds.ToString(CultureInfo.InvariantCulture),
            }
        );
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Data_requests_fail_closed_while_the_trail_table_is_locked_and_recover_after_release()
    {
        var token = await Server.TokenAsync("u1", "TJ-MZ", "department");
        TrailAssert.Served(await Server.PostDataAsync(token, "fc-pg-before"));
        Assert.Equal(1, await PostgresTrail.CountAsync(_connectionString, "fc-pg-before"));

        await using (var holder = await PostgresTrail.HoldAccessExclusiveAsync(_connectionString))
        {
            Assert.Equal(1, await PostgresTrail.LocksAsync(_connectionString, "AccessExclusiveLock", granted: true));
            TrailAssert.FailedClosed(await Server.PostDataAsync(token, "fc-pg-locked-1"), Within);
            Assert.True(
                await PostgresTrail.LocksAsync(_connectionString, "RowExclusiveLock", granted: false)
                    + await PostgresTrail.LocksAsync(_connectionString, "AccessShareLock", granted: false)
                    >= 1,
                "The server's audit writer should be waiting for the held lock."
            );
            TrailAssert.FailedClosed(await Server.PostDataAsync(token, "fc-pg-locked-2"), Within);
            await PostgresTrail.ExecuteAsync(holder, "ROLLBACK;");
        }

        var served = await Server.PostUntilServedAsync(token, "fc-pg-after", TimeSpan.FromSeconds(10));
        Assert.Equal(1, await PostgresTrail.CountAsync(_connectionString, served));
        TrailAssert.Served(await Server.PostDataAsync(token, "fc-pg-again"));
        Assert.Equal(1, await PostgresTrail.CountAsync(_connectionString, "fc-pg-again"));
    }
}
