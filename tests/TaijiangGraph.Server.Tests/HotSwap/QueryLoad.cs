using System.Diagnostics;
using System.Net;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>
/// Keeps sending data queries in the background (bounded by a request count and a duration) and records every
/// response that is not a 200 without errors.
/// </summary>
internal sealed class QueryLoad
{
    private static readonly string[] Queries =
    [
        "{ marketEntities(first: 5, order: [{ registeredCapital: DESC }]) { totalCount nodes { creditCode name entityType street } } }",
        "{ marketEntities(first: 3, where: { status: { eq: \"存续\" } }) "
            + "{ nodes { "
            + "creditCode "
            + "taxPayments(first: "
            + "2) { nodes "
            + "{ taxType "
            + "period } } } } }",
        "{ householdPeople(first: 5) { nodes { gender street } } socialInsuranceRecords(first: 3) { nodes { recordId insuranceType } } }",
    ];

    private readonly List<string> _failures = [];
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_failures)
            {
                return [.. _failures];
            }
        }
    }

    /// <summary>Sends queries one after another until <paramref name="stop"/> is cancelled, or the count or time bound is
    /// reached.</summary>
    public async Task RunAsync(
        TaijiangServerFactory server,
        string department,
        int maxRequests,
        TimeSpan maxDuration,
        CancellationToken stop
    )
    {
        var token = server.Token("load-" + department, department, "department");
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < maxRequests && clock.Elapsed < maxDuration && !stop.IsCancellationRequested; i++)
        {
            var reply = await server.QueryWithToken(token, Queries[i % Queries.Length], accept: GraphQLRequests.GraphQLResponse);
            Interlocked.Increment(ref _sent);
            if (reply.Status != HttpStatusCode.OK || reply.Errors.Count > 0)
            {
                lock (_failures)
                {
                    _failures.Add($"{(int)reply.Status}: {reply.Root}");
                }
            }
        }
    }
}
