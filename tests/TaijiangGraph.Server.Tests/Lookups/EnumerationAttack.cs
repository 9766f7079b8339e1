using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Lookups;

/// <summary>
/// An insider's brute force of a masked ID number: parallel clients take candidates 20 at a time (the per-request
/// cap), each as one alias of a probe, until one probe answers "found" or the server refuses. Bounded by the
/// candidate list (at most a few hundred requests), loopback only.
/// </summary>
public sealed class EnumerationAttack(ServerProcess server, string token, string purpose)
{
    /// <summary>What the attack got: wrong values the server answered, whether it found the number, and the refusal codes.</summary>
    public sealed record Outcome(int WrongValuesAnswered, string? Found, IReadOnlyList<string> RefusalCodes, int Requests);

    /// <param name="candidates">The values to try, in the attacker's order.</param>
    /// <param name="probe">The query field for one candidate, e.g. <c>householdPerson(idNumber: "…") { idNumber }</c>.</param>
    /// <param name="isFound">Whether a probe's answer (the alias's value) shows the candidate is the one.</param>
    /// <param name="clients">Parallel clients.</param>
    public async Task<Outcome> RunAsync(
        IReadOnlyList<string> candidates,
        Func<string, string> probe,
        Func<JsonElement, bool> isFound,
        int clients
    )
    {
        var chunks = new ConcurrentQueue<string[]>(candidates.Chunk(20));
        var refusals = new ConcurrentBag<string>();
        var wrong = 0;
        var requests = 0;
        string? found = null;
        using var stop = new CancellationTokenSource();

        async Task Client()
        {
            while (!stop.IsCancellationRequested && chunks.TryDequeue(out var chunk))
            {
                var query = "{ " + string.Concat(chunk.Select((c, i) => $"p{i}: {probe(c)} ")) + "}";
                var response = await server.PostAsync(token, GraphQLRequests.Body(query, purpose: purpose));
                Interlocked.Increment(ref requests);
                if (
                    response.Status != HttpStatusCode.OK
                    || !response.Root.TryGetProperty("data", out var data)
                    || data.ValueKind != JsonValueKind.Object
                )
                {
                    refusals.Add(response.Root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString() ?? "");
                    stop.Cancel();
                    return;
                }

                for (var i = 0; i < chunk.Length; i++)
                {
                    if (isFound(data.GetProperty($"p{i}")))
                    {
                        found = chunk[i];
                        stop.Cancel();
                    }
                    else
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Client)));
        return new Outcome(wrong, found, [.. refusals], requests);
    }
}
