using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>
/// A record intake held in memory that keeps every call's patches and answers as the port's contract says for a call it
/// accepts: every record inserted as version 1 with the items given (the key aside), or, when <see cref="Refuse"/> is set, that
/// refusal and nothing written.
/// </summary>
internal sealed class FakeRecordIntake : IRecordIntake
{
    public List<(Principal Caller, CatalogResource Resource, IReadOnlyList<RecordPatch> Patches)> Calls { get; } = [];

    /// <summary>Refusals the next calls answer with.</summary>
    public IReadOnlyList<RecordRefusal> Refuse { get; set; } = [];

    public async Task<RecordIntakeResult> WriteAsync(
        Principal caller,
        DataCatalog catalog,
        CatalogResource resource,
        IAsyncEnumerable<RecordPatch> records,
        RecordIntakeOptions options,
        CancellationToken ct = default
    )
    {
        if (!RecordWriteAccess.MayWrite(caller, resource))
        {
            throw new RecordWriteForbiddenException(resource.ApiName);
        }

        var patches = new List<RecordPatch>();
        await foreach (var patch in records.WithCancellation(ct))
        {
            patches.Add(patch);
        }

        Calls.Add((caller, resource, patches));
        if (Refuse.Count > 0)
        {
            return new RecordIntakeResult(false, 0, 0, 0, Refuse, null);
        }

        var results = patches
            .Select(p => new RecordWriteResult(
                RecordWriteOutcome.Inserted,
                1,
                [.. resource.Items.Select(i => i.ApiName).Where(i => i != resource.Key.ApiName && p.Items.ContainsKey(i))]
            ))
            .ToList();
        return new RecordIntakeResult(true, results.Count, 0, 0, [], options.KeepResults ? results : null);
    }
}
