using System.Globalization;
using System.Text;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// Writes refused rows to a CSV (docs/import.md, "Rejects file"): UTF-8 with a byte-order mark so Excel opens it, a header of
/// <c>line,item,reason</c> and the import file's header cells, then one row per refused row: its line, the items and the
/// reasons (<c>CODE: message</c>, joined by <c>; </c>) and its original cells. Every cell goes through
/// <see cref="FormulaGuard"/>, then is quoted as RFC 4180 asks (double quotes doubled) when it holds a comma, a quote or a line
/// break.
/// </summary>
internal sealed class RejectsWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly IReadOnlyList<string> _header;

    public RejectsWriter(Stream stream, IReadOnlyList<string> header)
    {
        _header = header;
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024);
        WriteRecord(new[] { "line", "item", "reason" }.Concat(header));
    }

    /// <summary>How many rows were written.</summary>
    public long Count { get; private set; }

    public void Write(ImportRow row, IReadOnlyList<RecordViolation> violations)
    {
        var items = string.Join("; ", violations.Select(v => v.Item).OfType<string>().Distinct());
        var reasons = string.Join("; ", violations.Select(v => $"{v.Code}: {v.Message}"));
        WriteRecord(
            new[] { row.Line.ToString(CultureInfo.InvariantCulture), items, reasons }.Concat(
                _header.Select(h => row.Cells.GetValueOrDefault(h))
            )
        );
        Count++;
    }

    public void Dispose() => _writer.Dispose();

    private void WriteRecord(IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _writer.Write(',');
            }

            first = false;
            var text = FormulaGuard.Neutralise(cell);
            if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _writer.Write('"');
                _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(text);
            }
        }

        _writer.Write("\r\n");
    }
}
