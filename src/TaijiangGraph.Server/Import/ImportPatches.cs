using System.Runtime.CompilerServices;
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

    /// <summary>The patches of <paramref name="rows"/>, in file order.</summary>
    public async IAsyncEnumerable<RecordPatch> ReadAsync(
        IEnumerable<ImportRow> rows,
        [EnumeratorCancellation] CancellationToken ct = default
    )
    {
        await Task.Yield();
        long index = 0;
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            if (row.Line != LineOf(index))
            {
                _marks.Add((index, row.Line));
            }

            yield return Patch(row);
            index++;
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
