using System.Globalization;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// The text of an xlsx cell as MiniExcel reads it, in the forms <see cref="CellConverter"/> parses (docs/import.md): numbers in
/// invariant round-trip form, dates as <c>yyyy-MM-dd</c> (a time of day adds <c>THH:mm:ss.FFFFFFF</c>), booleans as
/// <c>true</c>/<c>false</c>, text as is; an empty cell is null.
/// </summary>
internal static class XlsxCellText
{
    public static string? Of(object? value) =>
        value switch
        {
            null => null,
            string s => s.Length == 0 ? null : s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
}
