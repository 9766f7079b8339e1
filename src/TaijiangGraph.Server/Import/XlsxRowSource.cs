using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// The rows of an xlsx's first sheet, streamed by MiniExcel after <see cref="XlsxZipGuard"/> accepted the zip. Row 1 is the
/// header; a row's line is its sheet row number. Merged cells are not filled in: a merged area's value is in its first cell.
/// </summary>
internal sealed class XlsxRowSource : IImportRowSource
{
    private readonly Stream _stream;
    private readonly ImportOptions _options;
    private readonly IEnumerator<IDictionary<string, object?>> _rows;

    public XlsxRowSource(Stream stream, ImportOptions options)
    {
        _stream = stream;
        _options = options;
        XlsxZipGuard.Check(stream, options);
        var configuration = new OpenXmlConfiguration
        {
            FillMergedCells = false,
            IgnoreEmptyRows = false,
            EnableSharedStringCache = true,
        };
        _rows = Guarded(() =>
            MiniExcel
                .Query(stream, useHeaderRow: false, sheetName: null, excelType: ExcelType.XLSX, configuration: configuration)
                .Cast<IDictionary<string, object?>>()
                .GetEnumerator()
        );
        Header = RowShape.Header(
            Next() ?? throw new ImportException(ErrorCodes.Import.FileMalformed, "The file has no header row."),
            options
        );
    }

    public IReadOnlyList<string> Header { get; }

    public IEnumerable<ImportRow> ReadRows(CancellationToken cancellationToken = default)
    {
        long line = 1;
        while (Next() is { } cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            RowShape.CheckRows(line - 1, _options);
            if (RowShape.Row(Header, cells, line, _options) is { } row)
            {
                yield return row;
            }
        }
    }

    public void Dispose()
    {
        _rows.Dispose();
        _stream.Dispose();
    }

    /// <summary>The next sheet row's cell texts in column order (MiniExcel fills skipped rows in as empty ones), or null.</summary>
    private string?[]? Next() => Guarded(() => _rows.MoveNext() ? _rows.Current.Values.Select(XlsxCellText.Of).ToArray() : null);

    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or InvalidOperationException or FormatException)
        {
            throw new ImportException(ErrorCodes.Import.FileMalformed, "The xlsx's first sheet cannot be read.", e);
        }
    }
}
