using System.Globalization;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// Turns a cell's text into the value its item stores (docs/import.md, "Cell values"): an empty cell is null (it sets the item
/// to null); a string is taken as written; other types are trimmed first, and a cell of only spaces is null too. Ints and
/// decimals are invariant (<c>-1234.5</c>, exponent allowed, no thousands separators) and decimals must fit the item's
/// precision and scale (<see cref="RecordValidator.TypeError"/>); dates are <c>yyyy-MM-dd</c> or <c>yyyy/MM/dd</c>; date-times
/// add <c>T</c> or a space and <c>HH:mm[:ss[.fffffff]]</c>, optionally <c>Z</c> or <c>±hh:mm</c> (no zone:
/// <see cref="ImportOptions.UnzonedOffset"/>), and are stored in UTC; booleans are <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>
/// or <c>是</c>/<c>否</c>. A refusal's message never contains the cell's text.
/// </summary>
internal static class CellConverter
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d"];

    private static readonly string[] DateTimeFormats =
    [
        .. DateFormats,
        .. from date in DateFormats
        from separator in new[] { "'T'", " " }
        from time in new[] { "H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF" }
        from zone in new[] { "", "K" }
        select date + separator + time + zone,
    ];

    /// <summary>The stored value (null for an empty cell), or the reason the text does not fit the item's type.</summary>
    public static (object? Value, string? Error) Convert(DataType type, string? text, TimeSpan unzonedOffset)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        if (type.Kind == DataKind.String)
        {
            return (text, null);
        }

        var t = text.Trim();
        if (t.Length == 0)
        {
            return (null, null);
        }

        return type.Kind switch
        {
            DataKind.Int => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                ? (i, null)
                : (null, "Not an int: digits with an optional sign, within ±2,147,483,647."),
            DataKind.Decimal => Decimal(type, t),
            DataKind.Bool => Bool(t),
            DataKind.Date => IsoDate(t) is { } iso ? (iso, null)
            : DateOnly.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? (d, null)
            : (null, "Not a date: yyyy-MM-dd or yyyy/MM/dd."),
            DataKind.DateTime => DateTime(t, unzonedOffset),
            _ => (null, $"No import form for {type}."),
        };
    }

    /// <summary>The common <c>yyyy-MM-dd</c> form without the format-list parser (an import reads a million of them); null for any
    /// other text, which the general parser then reads.</summary>
    private static DateOnly? IsoDate(string t)
    {
        if (t.Length != 10 || t[4] != '-' || t[7] != '-')
        {
            return null;
        }

        var span = t.AsSpan();
        return
            int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(span[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(span[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year >= 1
            && month is >= 1 and <= 12
            && day >= 1
            && day <= System.DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static (object?, string?) Decimal(DataType type, string t)
    {
        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!decimal.TryParse(t, styles, CultureInfo.InvariantCulture, out var d))
        {
            return (null, $"Not a decimal: digits with an optional sign and decimal point, for {type}.");
        }

        return RecordValidator.TypeError(type, d) is { } error ? (null, error) : (d, null);
    }

    private static (object?, string?) Bool(string t) =>
        t.ToLowerInvariant() switch
        {
            "true" or "1" or "是" => (true, null),
            "false" or "0" or "否" => (false, null),
            _ => (null, "Not a boolean: true/false, 1/0 or 是/否."),
        };

    private static (object?, string?) DateTime(string t, TimeSpan unzonedOffset)
    {
        if (!System.DateTime.TryParseExact(t, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return (null, "Not a date-time: yyyy-MM-dd HH:mm:ss with an optional fraction and Z or ±hh:mm.");
        }

        var utc = parsed.Kind switch
        {
            DateTimeKind.Unspecified => System.DateTime.SpecifyKind(parsed - unzonedOffset, DateTimeKind.Utc),
            DateTimeKind.Local => parsed.ToUniversalTime(),
            _ => parsed,
        };
        return RecordValidator.TypeError(Core.Catalog.DataType.DateTime, utc) is { } error ? (null, error) : (utc, null);
    }
}
