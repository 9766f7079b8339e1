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
        var stop = 0;
        var tally = new ReplyTally();
        var started = Stopwatch.GetTimestamp();

        async Task WorkerAsync()
        {
            while (Volatile.Read(ref stop) == 0 && Stopwatch.GetElapsedTime(started) < duration)
            {
                var n = Interlocked.Increment(ref sent);
                using var request = new HttpRequestMessage(jsonBody is null ? HttpMethod.Get : HttpMethod.Post, url);
                if (jsonBody is not null)
                {
                    request.Content = new StringContent(jsonBody);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                }

                if (!await tally.SendAsync(client, request, n).ConfigureAwait(false))
                {
                    Volatile.Write(ref stop, 1);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync))).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return tally.Result(sent, sent, elapsed);
    }
}
