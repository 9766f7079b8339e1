using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Core.Records;

/// <summary>
/// Checks a record against its resource before it is stored: only exposed items, values of the item's CLR
/// type (string, int, decimal within precision and scale, DateOnly, UTC DateTime at microsecond precision,
/// bool), a non-empty key, and the item's declared value rules: its format and date range (docs/policy.md, "Value
/// rules"). Classified and retired items are refused, never silently dropped. Messages name the item and the rule, never
/// the refused value (it may be personal data).
/// </summary>
public static class RecordValidator
{
    public static IReadOnlyList<RecordViolation> Validate(CatalogResource resource, IReadOnlyDictionary<string, object?> record)
    {
        var v = new List<RecordViolation>();
        foreach (var (name, value) in record)
        {
            var item = resource.FindItem(name);
            if (item is null || item.Sharing == SharingType.Classified)
            {
                // Same answer for a classified item as for a made-up one: its existence is not disclosed.
                v.Add(new(ErrorCodes.Records.UnknownItem, resource.ApiName, name, $"'{resource.ApiName}' has no item '{name}'."));
            }
            else if (item.Retired)
            {
                v.Add(new(ErrorCodes.Records.RetiredItem, resource.ApiName, name, "The item is retired and takes no values."));
            }
            else if (value is not null && TypeError(item.Type, value) is { } error)
            {
                v.Add(new(ErrorCodes.Records.TypeMismatch, resource.ApiName, name, error));
            }
            else if (value is not null && ValueRuleCheck.Violation(item, value) is var (code, message))
            {
                v.Add(new(code, resource.ApiName, name, message));
            }
        }

        var key = resource.Key;
        if (!record.TryGetValue(key.ApiName, out var k) || k is null || k is string { Length: 0 })
        {
            v.Add(new(ErrorCodes.Records.KeyRequired, resource.ApiName, key.ApiName, "The key item needs a value."));
        }

        return v;
    }

    /// <summary>Why <paramref name="value"/> cannot be stored as <paramref name="type"/>, or null when it can.</summary>
    public static string? TypeError(DataType type, object value) =>
        (type.Kind, value) switch
        {
            (DataKind.String, string) => null,
            (DataKind.Int, int) => null,
            (DataKind.Bool, bool) => null,
            (DataKind.Date, DateOnly) => null,
            (DataKind.Decimal, decimal d) => DecimalError(type, d),
            (DataKind.DateTime, DateTime t) when t.Kind != DateTimeKind.Utc => "Date-times must be UTC.",
            (DataKind.DateTime, DateTime t) when t.Ticks % 10 != 0 => "Date-times are stored to the microsecond.",
            (DataKind.DateTime, DateTime) => null,
            _ => $"Expected a {type} value, got {value.GetType().Name}.",
        };

    private static string? DecimalError(DataType type, decimal d)
    {
        if (d.Scale > type.Scale && decimal.Round(d, type.Scale) != d)
        {
            return $"At most {type.Scale} fractional digits.";
        }

        var integerDigits = decimal.Truncate(Math.Abs(d)).ToString(System.Globalization.CultureInfo.InvariantCulture).TrimStart('0').Length;
        return integerDigits > type.Precision - type.Scale ? $"At most {type.Precision - type.Scale} integer digits for {type}." : null;
    }
}
