using System.Globalization;
using System.Text.Json;

namespace TaijiangGraph.Core.Catalog;

/// <summary>Catalog values as the catalog's JSON writes them, for the before/after values of a <see cref="CatalogDiff"/>.</summary>
internal static class CatalogText
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    public static string Of(bool value) => value ? "true" : "false";

    public static string? Of(ItemReference? reference) =>
        reference is null
            ? null
            : $"{reference.Resource}.{reference.Item} as "
                + $"{reference.LinkName}"
                + (reference.ReverseName is null ? "" : $" reverse {reference.ReverseName}");

    /// <summary>A date as the catalog's JSON writes it (<c>2024-01-31</c>); null when absent.</summary>
    public static string? Of(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An item's format, with its pattern for <c>PATTERN</c> (<c>PATTERN /[0-9]{6}/</c>); null when none.</summary>
    public static string? FormatOf(CatalogItem item) =>
        item.Format is not { } format ? null
        : format == ValueFormat.Pattern ? $"{Of(format)} /{item.Pattern}/"
        : Of(format);

    /// <summary>An item's date range (<c>2000-01-01..2099-12-31</c>, an open end as <c>…</c>); null when it has none.</summary>
    public static string? RangeOf(CatalogItem item) =>
        item.MinDate is null && item.MaxDate is null ? null : $"{Of(item.MinDate) ?? "…"}..{Of(item.MaxDate) ?? "…"}";

    /// <summary>Roles as a set: distinct, ordered, comma-separated.</summary>
    public static string Of(IEnumerable<string> roles) =>
        string.Join(",", roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
