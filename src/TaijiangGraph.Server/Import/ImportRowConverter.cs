using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// Turns an <see cref="ImportRow"/> into a record keyed by item API name with typed values (<see cref="CellConverter"/>), or the
/// row's violations: <c>TYPE_MISMATCH</c> per cell that does not fit its item, <c>IMPORT_EXTRA_CELLS</c> for cells beyond the
/// header. Every mapped column is in the record, null for an empty cell. Catalog value rules and the key check are the
/// record validation's, after this.
/// </summary>
internal sealed class ImportRowConverter(string resource, IReadOnlyList<ImportColumn> columns, TimeSpan unzonedOffset)
{
    public (IReadOnlyDictionary<string, object?> Record, IReadOnlyList<RecordViolation> Violations) Convert(ImportRow row)
    {
        var record = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
        List<RecordViolation>? violations = null;
        foreach (var column in columns)
        {
            var (value, error) = CellConverter.Convert(column.Item.Type, row.Cells.GetValueOrDefault(column.Header), unzonedOffset);
            if (error is null)
            {
                record[column.Item.ApiName] = value;
            }
            else
            {
                (violations ??= []).Add(new(ErrorCodes.Records.TypeMismatch, resource, column.Item.ApiName, error));
            }
        }

        if (row.ExtraCells > 0)
        {
            (violations ??= []).Add(
                new(ErrorCodes.Import.ExtraCells, resource, null, $"{row.ExtraCells} non-empty cells to the right of the header columns.")
            );
        }

        return (record, violations ?? (IReadOnlyList<RecordViolation>)[]);
    }
}
