using System.Collections.Concurrent;
using System.Diagnostics;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// Sends <c>total</c> requests from <c>concurrency</c> workers, each awaiting its response before the next.
/// Bounded: every request has a timeout, and the first connection failure (e.g. the server was killed) stops
/// all workers from starting new requests.
/// </summary>
internal static class LoadDriver
{
    public static async Task<LoadResult> RunAsync(
        HttpClient client,
        int total,
        int concurrency,
        string prefix,
        string shape,
        int markAt = 0,
        Action? onMark = null
    )
    {
        var next = -1;
        var completed = 0;
        var stop = 0;
        var sent = 0;
        var failures = 0;
        var okWithErrors = 0;
        var ok = new ConcurrentBag<int>();
        var latencies = new ConcurrentBag<double>();
        var others = new ConcurrentDictionary<int, int>();
        var started = Stopwatch.GetTimestamp();

        async Task WorkerAsync()
        {
            int n;
            while (Volatile.Read(ref stop) == 0 && (n = Interlocked.Increment(ref next)) < total)
            {
                Interlocked.Increment(ref sent);
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
                    {
                        Content = LoadRequests.Body(prefix, n, shape),
                    };
                    using var response = await client.SendAsync(request).ConfigureAwait(false);
                    var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    if ((int)response.StatusCode == 200)
                    {
                        ok.Add(n);
                        latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                        if (body.Contains("\"errors\"", StringComparison.Ordinal))
                        {
                            Interlocked.Increment(ref okWithErrors);
                        }
                    }
                    else
                    {
                        others.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                    Volatile.Write(ref stop, 1);
                }

                if (Interlocked.Increment(ref completed) == markAt)
                {
                    onMark?.Invoke();
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync))).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LoadResult(total, sent, ok.Order().ToList(), others, okWithErrors, failures, elapsed, latencies.ToList());
    }
}
