using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>
/// docs/audit.md (Writing: group commit, fail closed): under 64 concurrent clients the single writer commits fewer transactions than there
/// are requests,
/// and every response's record is already committed (visible to a separate read connection) when the response arrives.
/// The deadline is raised to 10 s here: this test is about batching, and a loaded build machine must not turn it into
/// a fail-closed test.
/// </summary>
public sealed class GroupCommitTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 64;
    private const int RequestsPerClient = 10;
    private readonly TaijiangServerFactory _base = new();
    private WebApplicationFactory<Program>? _factory;

    private WebApplicationFactory<Program> Factory =>
        _factory ??= _base.WithWebHostBuilder(b => b.UseSetting("Audit:DeadlineMilliseconds", "10000"));

    public void Dispose()
    {
        _factory?.Dispose();
        _base.Dispose();
    }

    [Fact]
    public async Task Sixty_four_concurrent_clients_share_commits_and_find_their_records_committed_when_answered()
    {
        Assert.Equal(10_000, Factory.Services.GetRequiredService<AuditOptions>().DeadlineMilliseconds);
        var writer = Factory.Services.GetRequiredService<GroupCommitAuditWriter>();
        var token = Factory.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue("u-gc", "TJ-MZ", ["department"]);
        var auditFile = Path.Combine(_base.DataFolder, "audit.db");
        TrailAssert.Served(await PostAsync(token, "gc-warm-up"));

        var (commitsBefore, recordsBefore) = (writer.Commits, writer.RecordsCommitted);

        var missing = new ConcurrentBag<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clients = Enumerable
            .Range(0, Clients)
            .Select(c =>
                Task.Run(
                    async () =>
                    {
                        await go.Task.WaitAsync(timeout.Token);
                        for (var i = 0; i < RequestsPerClient; i++)
                        {
                            timeout.Token.ThrowIfCancellationRequested();
                            var purpose = $"gc-{c}-{i}";
                            TrailAssert.Served(await PostAsync(token, purpose));
                            if (await SqliteTrail.CountAsync(auditFile, purpose) != 1)
                            {
                                missing.Add(purpose);
                            }
                        }
                    },
                    timeout.Token
                )
            )
            .ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        go.SetResult();
        await Task.WhenAll(clients);

        var requests = Clients * RequestsPerClient;
        var commits = writer.Commits - commitsBefore;
        var records = writer.RecordsCommitted - recordsBefore;
        output.WriteLine(
            $"{requests} requests from {Clients} clients: {records} records in {commits} commits "
                + $"({(double)records / commits:F1} records per commit) in {watch.Elapsed.TotalSeconds:F1} s."
        );
        Assert.Empty(missing);
        Assert.Equal(requests, records);
        Assert.True(commits < requests, $"Expected fewer commits than requests, got {commits} commits for {requests} requests.");
    }

    private Task<GraphQLReply> PostAsync(string token, string purpose) =>
        Factory.SendWithToken(token, GraphQLRequests.Body(TrailProbe.DataQuery, purpose: purpose));
}
