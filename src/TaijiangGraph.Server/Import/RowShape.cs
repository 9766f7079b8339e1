using System.Globalization;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Server.Import;

/// <summary>The checks and shaping both file readers share: header trimming, the column and cell caps, blank rows.</summary>
internal static class RowShape
{
    /// <summary>The header: cells trimmed (a stray byte-order mark removed), trailing empty cells dropped; column cap checked.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<string?> cells, ImportOptions options)
    {
        var header = cells.Select(c => (c ?? "").Trim().TrimStart('\uFEFF').Trim()).ToList();
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        if (header.Count == 0)
        {
            throw new ImportException(ErrorCodes.Import.FileMalformed, "The file has no header row.");
        }

        CheckColumns(header.Count, 1, options);
        foreach (var cell in header)
        {
            CheckCell(cell, 1, options);
        }

        return header;
    }

    /// <summary>A data row, or null when every cell is empty; cells beyond the header are counted, not kept.</summary>
    public static ImportRow? Row(IReadOnlyList<string> header, IReadOnlyList<string?> cells, long line, ImportOptions options)
    {
        var last = cells.Count - 1;
        while (last >= 0 && string.IsNullOrEmpty(cells[last]))
        {
            last--;
        }

        if (last < 0)
        {
            return null;
        }

        CheckColumns(last + 1, line, options);
        var values = new Dictionary<string, string?>(header.Count, StringComparer.Ordinal);
        var extra = 0;
        for (var i = 0; i <= last; i++)
        {
            var cell = string.IsNullOrEmpty(cells[i]) ? null : cells[i];
            CheckCell(cell, line, options);
            if (i < header.Count)
            {
                values[header[i]] = cell;
            }
            else if (cell is not null)
            {
                extra++;
            }
        }

        for (var i = last + 1; i < header.Count; i++)
        {
            values[header[i]] = null;
        }

        return new ImportRow(line, values, extra);
    }

    public static void CheckRows(long dataRows, ImportOptions options)
    {
        if (dataRows > options.MaxRows)
        {
            throw new ImportException(
                ErrorCodes.Import.TooManyRows,
                $"The file has more than {Number(options.MaxRows)} rows after the header."
            );
        }
    }

    private static void CheckColumns(int columns, long line, ImportOptions options)
    {
        if (columns > options.MaxColumns)
        {
            throw new ImportException(
                ErrorCodes.Import.TooManyColumns,
                $"Line {Number(line)} has {Number(columns)} columns; at most {Number(options.MaxColumns)} are allowed."
            );
        }
    }

    private static void CheckCell(string? cell, long line, ImportOptions options)
    {
        if (cell is not null && cell.Length > options.MaxCellChars)
        {
            throw new ImportException(
                ErrorCodes.Import.CellTooLong,
                $"Line {Number(line)} has a cell longer than {Number(options.MaxCellChars)} characters."
            );
        }
    }

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
