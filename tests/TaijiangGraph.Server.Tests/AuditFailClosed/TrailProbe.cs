using System.Diagnostics;
using System.Net;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>The fail-closed tests' probe of a <see cref="ServerProcess"/>: one data read per request (one audit record each), and the wait
/// until the trail serves again.</summary>
public static class TrailProbe
{
    /// <summary>A read of the provider's own resource: one audit record per request.</summary>
    public const string DataQuery = "query Allowances { subsistenceAllowances(first: 2) { totalCount nodes { caseNo } } }";

    /// <summary>The SQLite audit trail file of the server's data folder.</summary>
    public static string AuditFile(this ServerProcess server) => Path.Combine(server.DataFolder, "audit.db");

    /// <summary>POSTs <see cref="DataQuery"/> with <paramref name="purpose"/> in the extensions, timing the answer.</summary>
    public static Task<GraphQLReply> PostDataAsync(this ServerProcess server, string token, string purpose) =>
        server.PostAsync(token, GraphQLRequests.Body(DataQuery, purpose: purpose));

    /// <summary>Sends data requests until one is served (200), at most <paramref name="within"/>; returns its purpose.</summary>
    public static async Task<string> PostUntilServedAsync(this ServerProcess server, string token, string purposePrefix, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var purpose = $"{purposePrefix}-{attempt}";
            var response = await server.PostDataAsync(token, purpose);
            if (response.Status == HttpStatusCode.OK)
            {
                TrailAssert.Served(response);
                return purpose;
            }

            Assert.True(response.Status == HttpStatusCode.ServiceUnavailable, $"Unexpected {(int)response.Status}: {response.Text}");
            Assert.True(
                watch.Elapsed < within,
                $"No request was served within {within.TotalSeconds} s "
                    + $"after the "
                    + $"lock was "
                    + $"released. "
                    + $"Server output:{Environment.NewLine}{server.OutputTail}"
            );
            await Task.Delay(200);
        }
    }
}
