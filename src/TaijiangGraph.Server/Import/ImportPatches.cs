using System.Runtime.CompilerServices;
using System.Threading.Channels;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// The data rows of an import file as record patches for the record intake (docs/data-in.md, "The import command"), streamed:
/// the key cell is the patch's key, every other mapped column a given item (an empty cell sets null; an item without a column is
/// absent, so an update leaves it unchanged). A row whose cells do not convert becomes a patch with
/// <see cref="RecordPatch.PriorViolations"/>, so it is refused at its index like any other refused record. Patch index
/// <c>i</c> is the <c>i</c>-th data row (blank rows are skipped); <see cref="LineOf"/> gives its line in the file.
/// </summary>
internal sealed class ImportPatches(CatalogResource resource, IReadOnlyList<ImportColumn> columns, TimeSpan unzonedOffset)
{
    /// <summary>Patches handed to the consumer at once.</summary>
    private const int Chunk = 500;

    /// <summary>Chunks read ahead of the consumer.</summary>
    private const int Prefetch = 8;

    private readonly ImportRowConverter _converter = new(resource.ApiName, columns, unzonedOffset);

    /// <summary>Indexes where the line stops being <c>index + 2</c> (blank rows, multi-line cells), with the line there: the
    /// line of index <c>i</c> is the line of the last mark at or before <c>i</c> plus the distance.</summary>
    private readonly List<(long Index, long Line)> _marks = [];

    /// <summary>The file line of the data row with patch index <paramref name="index"/> (the header is line 1).</summary>
    public long LineOf(long index)
    {
        var (markIndex, markLine) = (0L, 2L);
        var low = 0;
        var high = _marks.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_marks[middle].Index <= index)
            {
                (markIndex, markLine) = _marks[middle];
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return markLine + (index - markIndex);
    }

    /// <summary>The patches of <paramref name="rows"/>, in file order. The rows are read and converted on another thread, in
    /// chunks of <see cref="Chunk"/> up to <see cref="Prefetch"/> chunks ahead of the consumer, so reading the file overlaps writing
    /// the records (chunks, not single patches: the two threads meet once per chunk); an exception of the reading (e.g.
    /// <see cref="ImportException"/>) is thrown to the consumer.</summary>
    public async IAsyncEnumerable<RecordPatch> ReadAsync(
        IEnumerable<ImportRow> rows,
        [EnumeratorCancellation] CancellationToken ct = default
    )
    {
        var channel = Channel.CreateBounded<RecordPatch[]>(
            new BoundedChannelOptions(Prefetch) { SingleReader = true, SingleWriter = true }
        );
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(rows, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(ct))
            {
                foreach (var patch in chunk)
                {
                    yield return patch;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }

    private async Task ProduceAsync(IEnumerable<ImportRow> rows, ChannelWriter<RecordPatch[]> writer, CancellationToken ct)
    {
        try
        {
            long index = 0;
            var chunk = new List<RecordPatch>(Chunk);
            foreach (var row in rows)
            {
                if (row.Line != LineOf(index))
                {
                    _marks.Add((index, row.Line));
                }

                chunk.Add(Patch(row));
                index++;
                if (chunk.Count == Chunk)
                {
                    await writer.WriteAsync([.. chunk], ct);
                    chunk.Clear();
                }
            }

            if (chunk.Count > 0)
            {
                await writer.WriteAsync([.. chunk], ct);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    private RecordPatch Patch(ImportRow row)
    {
        var (record, violations) = _converter.Convert(row);
        var keyItem = resource.Key.ApiName;
        var key = record.GetValueOrDefault(keyItem);
        var items = new Dictionary<string, object?>(record.Count, StringComparer.Ordinal);
        foreach (var (item, value) in record)
        {
            if (item != keyItem)
            {
                items[item] = value;
            }
        }

        if (violations.Count > 0)
        {
            return new RecordPatch(key ?? row.Line, items) { PriorViolations = violations };
        }

        return key is null
            ? new RecordPatch(row.Line, items)
            {
                PriorViolations = [new(ErrorCodes.Records.KeyRequired, resource.ApiName, keyItem, "The key item needs a value.")],
            }
            : new RecordPatch(key, items);
    }
}
