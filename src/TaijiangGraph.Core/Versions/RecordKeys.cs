using System.Globalization;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Versions;

/// <summary>
/// A record key given as text (<c>recordHistory</c>, <c>requestRecordDeletion</c>; docs/data-in.md, "Record history"): converted to
/// the key item's stored type, and written back as canonical text, the form the audit trail hashes (invariant culture, dates
/// <c>yyyy-MM-dd</c>, date-times ISO 8601 in UTC).
/// </summary>
public static class RecordKeys
{
    /// <summary>The longest key text, in UTF-16 code units (what a deletion request stores).</summary>
    public const int MaxLength = 400;

    /// <summary>The key value of <paramref name="text"/> in the stored type of <paramref name="key"/>; null when the text does not
    /// fit the type or is longer than <see cref="MaxLength"/> (a <c>TYPE_MISMATCH</c>).</summary>
    public static object? Parse(CatalogItem key, string text) =>
        text.Length > MaxLength
            ? null
            : key.Type.Kind switch
            {
                DataKind.String => text,
                DataKind.Int => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
                DataKind.Decimal => decimal.TryParse(
                    text,
                    NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture,
                    out var d
                )
                    ? d
                    : null,
                DataKind.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day
                    : null,
                DataKind.DateTime => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? at.UtcDateTime
                    : null,
                DataKind.Bool => bool.TryParse(text, out var b) ? b : null,
                _ => null,
            };

    /// <summary>The canonical text of a key value (the inverse of <see cref="Parse"/>).</summary>
    public static string Canonical(object value) => AuditHashing.Canonical(value);
}
