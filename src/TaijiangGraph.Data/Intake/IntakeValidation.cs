using System.Threading.Channels;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Data.Intake;

/// <summary>
/// The validating stage of an intake (docs/data-in.md, "The record intake"): reads the caller's records, validates each
/// (<see cref="RecordValidator"/> on the key and the given items), hashes the valid ones' keys and hands them on in batches, on its
/// own thread, so validation overlaps the writing of the previous batch. Its refusals and count are read once it completed.
/// </summary>
internal sealed class IntakeValidation(CatalogResource resource, byte[] hashKey, IProgress<long>? progress)
{
    /// <summary>Validated batches waiting for the writer.</summary>
    private const int Ahead = 2;

    /// <summary>The refused records' violations, in index order.</summary>
    public List<RecordRefusal> Refused { get; } = [];

    /// <summary>How many records were read.</summary>
    public long Read { get; private set; }

    /// <summary>Runs the stage; the returned reader yields the batches and ends (or throws what the reading threw) when the records
    /// do. <paramref name="ct"/> stops it.</summary>
    public (ChannelReader<List<ValidatedRecord>> Batches, Task Completion) Start(
        IAsyncEnumerable<RecordPatch> records,
        int batchSize,
        CancellationToken ct
    )
    {
        var channel = Channel.CreateBounded<List<ValidatedRecord>>(
            new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true }
        );
        return (channel.Reader, Task.Run(() => RunAsync(records, batchSize, channel.Writer, ct), CancellationToken.None));
    }

    private async Task RunAsync(
        IAsyncEnumerable<RecordPatch> records,
        int batchSize,
        ChannelWriter<List<ValidatedRecord>> writer,
        CancellationToken ct
    )
    {
        try
        {
            var batch = new List<ValidatedRecord>(batchSize);
            await foreach (var patch in records.WithCancellation(ct))
            {
                var index = Read++;
                var violations = Validate(patch);
                if (violations.Count > 0)
                {
                    Refused.AddRange(violations.Select(v => new RecordRefusal(index, v.Item, v.Code, v.Message)));
                }
                else
                {
                    batch.Add(new ValidatedRecord(index, patch, AuditHashing.HashValue(hashKey, resource.ApiName, patch.Key)));
                }

                if (Read % batchSize == 0)
                {
                    progress?.Report(Read);
                }

                if (batch.Count == batchSize)
                {
                    await writer.WriteAsync(batch, ct);
                    batch = new List<ValidatedRecord>(batchSize);
                }
            }

            if (batch.Count > 0)
            {
                await writer.WriteAsync(batch, ct);
            }

            progress?.Report(Read);
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    /// <summary>The patch's key and given items through the catalog's value rules (a null key is refused like a missing one), or the
    /// violations the caller already found.</summary>
    private IReadOnlyList<RecordViolation> Validate(RecordPatch patch)
    {
        if (patch.PriorViolations.Count > 0)
        {
            return patch.PriorViolations;
        }

        var record = new Dictionary<string, object?>(patch.Items.Count + 1);
        foreach (var (item, value) in patch.Items)
        {
            record[item] = value;
        }

        record[resource.Key.ApiName] = patch.Key;
        return RecordValidator.Validate(resource, record);
    }
}
