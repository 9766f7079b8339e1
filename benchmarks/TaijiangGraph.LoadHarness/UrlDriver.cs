using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// Sends the same request from <c>concurrency</c> workers, each awaiting its response before the next, until the
/// duration is over; requests in flight at the end are awaited and counted. The first connection failure stops all
/// workers.
/// </summary>
internal static class UrlDriver
{
    public static async Task<LoadResult> RunAsync(HttpClient client, Uri url, string? jsonBody, TimeSpan duration, int concurrency)
    {
        var sent = 0;
        var failures = 0;
        var okWithErrors = 0;
        var stop = 0;
        var ok = new ConcurrentBag<int>();
        var latencies = new ConcurrentBag<double>();
        var others = new ConcurrentDictionary<int, int>();
        var started = Stopwatch.GetTimestamp();

        async Task WorkerAsync()
        {
            while (Volatile.Read(ref stop) == 0 && Stopwatch.GetElapsedTime(started) < duration)
            {
                var n = Interlocked.Increment(ref sent);
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var request = new HttpRequestMessage(jsonBody is null ? HttpMethod.Get : HttpMethod.Post, url);
                    if (jsonBody is not null)
                    {
                        request.Content = new StringContent(jsonBody);
                        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    }

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
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync))).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LoadResult(sent, sent, [.. ok.Order()], others, okWithErrors, failures, elapsed, [.. latencies]);
    }
}
