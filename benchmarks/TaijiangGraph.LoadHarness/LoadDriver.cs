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
        var tally = new ReplyTally();
        var started = Stopwatch.GetTimestamp();

        async Task WorkerAsync()
        {
            int n;
            while (Volatile.Read(ref stop) == 0 && (n = Interlocked.Increment(ref next)) < total)
            {
                Interlocked.Increment(ref sent);
                using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = LoadRequests.Body(prefix, n, shape) };
                if (!await tally.SendAsync(client, request, n).ConfigureAwait(false))
                {
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
        return tally.Result(total, sent, elapsed);
    }
}
