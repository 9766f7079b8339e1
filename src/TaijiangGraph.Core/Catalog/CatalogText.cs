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

    /// <summary>Roles as a set: distinct, ordered, comma-separated.</summary>
    public static string Of(IEnumerable<string> roles) =>
        string.Join(",", roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
