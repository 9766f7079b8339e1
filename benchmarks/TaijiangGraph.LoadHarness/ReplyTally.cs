using System.Collections.Concurrent;
using System.Diagnostics;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// Sends one request and counts its reply for a load driver: a 200 with its number and latency (and whether its body
/// holds GraphQL errors), any other status by code, a connection failure. Thread-safe: the workers share one tally.
/// </summary>
internal sealed class ReplyTally
{
    private readonly ConcurrentBag<int> _ok = [];
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentDictionary<int, int> _others = new();
    private int _okWithErrors;
    private int _failures;

    /// <summary>Sends <paramref name="request"/> as number <paramref name="n"/>; false when the connection failed.</summary>
    public async Task<bool> SendAsync(HttpClient client, HttpRequestMessage request, int n)
    {
        var t0 = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if ((int)response.StatusCode == 200)
            {
                _ok.Add(n);
                _latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                if (body.Contains("\"errors\"", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _okWithErrors);
                }
            }
            else
            {
                _others.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
            }

            return true;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            Interlocked.Increment(ref _failures);
            return false;
        }
    }

    public LoadResult Result(int requested, int sent, TimeSpan elapsed) =>
        new(requested, sent, [.. _ok.Order()], _others, _okWithErrors, _failures, elapsed, [.. _latencies]);
}
