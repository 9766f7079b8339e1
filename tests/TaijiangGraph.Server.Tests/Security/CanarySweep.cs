using System.Collections.Concurrent;
using System.Text.Json;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Server.Tests.Infrastructure;
using static TaijiangGraph.Server.Tests.Security.SampleGraph;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// Every request of <see cref="ProbeQueries"/> and <see cref="ClassifiedNameProbes"/>, sent by every sample caller
/// (callers in parallel, each as a user of its department with the role of the sample), plus the second page of every probe that returned a
/// cursor; the replies, in order per caller.
/// </summary>
public sealed class CanarySweep
{
    private CanarySweep(IReadOnlyList<(string Department, Probe Probe, GraphQLReply Reply)> replies) => Replies = replies;

    public IReadOnlyList<(string Department, Probe Probe, GraphQLReply Reply)> Replies { get; }

    public static async Task<CanarySweep> RunAsync(TaijiangServerFactory server)
    {
        var catalog = SampleSeed.Load().Catalog;
        var samples = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var r in catalog.PublishedResources)
        {
            var reply = await server.Query(r.Provider, $"{{ {ConnectionField(r)}(first: 1) {{ nodes {{ {ItemFields(r)} }} }} }}");
            samples[r.ApiName] = reply.Data.GetProperty(ConnectionField(r)).GetProperty("nodes")[0].Clone();
        }

        List<Probe> probes =
        [
            .. ProbeQueries.Data(catalog, samples),
            .. ProbeQueries.Catalog(catalog),
            .. ProbeQueries.Introspection(catalog),
            .. ClassifiedNameProbes.All(catalog).SelectMany(p => new[] { p.Classified, p.MadeUp }),
        ];
        var replies = new ConcurrentDictionary<string, List<(string, Probe, GraphQLReply)>>(StringComparer.Ordinal);
        await Task.WhenAll(
            Callers.Select(async caller =>
            {
                var mine = replies.GetOrAdd(caller.Department, _ => []);
                foreach (var probe in probes)
                {
                    var reply = await server.Query(caller.Department, probe.Query, probe.Variables);
                    mine.Add((caller.Department, probe, reply));
                    if (probe.CursorPath is { } path && Cursor(reply, path) is { } cursor)
                    {
                        var next = probe with
                        {
                            Name = probe.Name + ", page 2",
                            Query = probe.Query.Replace(
                                "first: 5)",
                                $"first: 5, after: {JsonSerializer.Serialize(cursor)})",
                                StringComparison.Ordinal
                            ),
                        };
                        mine.Add((caller.Department, next, await server.Query(caller.Department, next.Query)));
                    }
                }
            })
        );
        return new CanarySweep(replies.Values.SelectMany(r => r).ToList());
    }

    private static string? Cursor(GraphQLReply reply, string[] path)
    {
        if (!reply.HasData || reply.Data is not { ValueKind: JsonValueKind.Object } node)
        {
            return null;
        }

        foreach (var step in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(step, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.String ? node.GetString() : null;
    }
}
