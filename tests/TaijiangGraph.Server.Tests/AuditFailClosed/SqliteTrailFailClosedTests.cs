using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>
/// docs/audit.md (Writing: group commit, fail closed) on SQLite, against a real server process: while the test holds <c>BEGIN EXCLUSIVE</c>
/// on
/// <c>audit.db</c>, data requests fail closed (503 <c>AUDIT_UNAVAILABLE</c>, no data) within the deadline; once the
/// lock is released, requests are served again without a restart and their records are in the trail.
/// </summary>
public sealed class SqliteTrailFailClosedTests : IAsyncLifetime
{
    private const int DeadlineMilliseconds = 1500;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(6);
    private ServerProcess? _server;

    private ServerProcess Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() =>
        _server = await ServerProcess.StartAsync(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Audit__DeadlineMilliseconds"] = DeadlineMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
        );

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Data_requests_fail_closed_while_the_trail_file_is_locked_and_recover_after_release()
    {
        var token = await Server.TokenAsync("u1", "TJ-MZ", "department");
        var before = await Server.PostDataAsync(token, "fc-sqlite-before");
        TrailAssert.Served(before);
        Assert.Equal(1, await SqliteTrail.CountAsync(Server.AuditFile(), "fc-sqlite-before"));

        await using (var holder = await SqliteTrail.HoldExclusiveAsync(Server.AuditFile()))
        {
            await SqliteTrail.AssertWritersAreBlockedAsync(Server.AuditFile());
            TrailAssert.FailedClosed(await Server.PostDataAsync(token, "fc-sqlite-locked-1"), Within);
            TrailAssert.FailedClosed(await Server.PostDataAsync(token, "fc-sqlite-locked-2"), Within);
            await SqliteTrail.ExecuteAsync(holder, "ROLLBACK;");
        }

        var served = await Server.PostUntilServedAsync(token, "fc-sqlite-after", TimeSpan.FromSeconds(10));
        Assert.Equal(1, await SqliteTrail.CountAsync(Server.AuditFile(), served));
        var again = await Server.PostDataAsync(token, "fc-sqlite-again");
        TrailAssert.Served(again);
        Assert.Equal(1, await SqliteTrail.CountAsync(Server.AuditFile(), "fc-sqlite-again"));
    }
}
