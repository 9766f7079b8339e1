using System.Text;
using Sylvan.Data.Csv;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// The rows of a CSV file (RFC 4180, comma-separated), parsed by Sylvan.Data.Csv in the encoding
/// <see cref="CsvEncodingDetector"/> finds. A row's line is its record number with the header as 1: the row number a
/// spreadsheet shows for the file, and its line in the file unless a quoted cell above holds a line break. The parser's
/// buffer is capped (<see cref="ImportOptions.MaxColumns"/> × <see cref="ImportOptions.MaxCellChars"/>), so an unclosed quote
/// cannot swallow the file into memory. Broken quoting refuses the file with its line.
/// </summary>
internal sealed class CsvRowSource : IImportRowSource
{
    private const int BufferChars = 64 * 1024;

    private readonly Stream _stream;
    private readonly CsvDataReader _reader;
    private readonly ImportOptions _options;
    private long _line;

    public CsvRowSource(Stream stream, ImportOptions options)
    {
        _stream = stream;
        _options = options;
        Encoding = CsvEncodingDetector.Detect(stream);
        var csvOptions = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = ',',
            BufferSize = BufferChars,
            MaxBufferSize = (int)Math.Min(int.MaxValue / 2, Math.Max(BufferChars, (long)options.MaxColumns * (options.MaxCellChars + 3))),
        };
        _reader = Guarded(() =>
            CsvDataReader.Create(new StreamReader(stream, Encoding, detectEncodingFromByteOrderMarks: false), csvOptions)
        );
        Header = RowShape.Header(
            Next() ?? throw new ImportException(ErrorCodes.Import.FileMalformed, "The file has no header row."),
            options
        );
    }

    /// <summary>The encoding the file is read in: UTF-8 or GB18030.</summary>
    public Encoding Encoding { get; }

    public IReadOnlyList<string> Header { get; }

    public IEnumerable<ImportRow> ReadRows(CancellationToken cancellationToken = default)
    {
        while (Next() is { } cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            RowShape.CheckRows(_line - 1, _options);
            if (RowShape.Row(Header, cells, _line, _options) is { } row)
            {
                yield return row;
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    /// <summary>The next record's cells, or null at the end.</summary>
    private string?[]? Next() =>
        Guarded(() =>
        {
            if (!_reader.Read())
            {
                return null;
            }

            _line++;
            var count = _reader.RowFieldCount;
            var cells = new string?[count];
            for (var i = 0; i < count; i++)
            {
                cells[i] = _reader.GetString(i);
            }

            return cells;
        });

    private T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvRecordTooLargeException e)
        {
            throw new ImportException(
                ErrorCodes.Import.CellTooLong,
                $"Line {_line + 1} is longer than {_options.MaxColumns} cells of {_options.MaxCellChars} characters (an unclosed quote?).",
                e
            );
        }
        catch (CsvFormatException e)
        {
            throw new ImportException(ErrorCodes.Import.FileMalformed, $"Line {_line + 1}: a quote breaks the CSV format.", e);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportException(ErrorCodes.Import.FileMalformed, $"Line {_line + 1}: bytes that are not valid text.", e);
        }
    }
}
