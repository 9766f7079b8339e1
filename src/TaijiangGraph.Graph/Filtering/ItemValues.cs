using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Graph.Filtering;

/// <summary>Converts argument values parsed by GraphQL.NET to the CLR type an item is stored as.</summary>
internal static class ItemValues
{
    /// <exception cref="ArgumentException">The value does not fit the item's type (incl. decimal precision and scale).</exception>
    public static object? Normalize(CatalogItem item, object? value)
    {
        var normalized = Convert(item, value);
        if (normalized is not null && RecordValidator.TypeError(item.Type, normalized) is { } error)
        {
            throw new ArgumentException($"{item.ApiName}: {error}", nameof(value));
        }

        return normalized;
    }

    /// <summary>
    /// The stored form of <paramref name="value"/> as the engine coerced it (e.g. a long for an Int item becomes an int), or the
    /// value itself when it has none, without judging it: the push hands it to the record validation, which refuses it with
    /// the record's index (docs/data-in.md, "The push").
    /// </summary>
    public static object? Stored(CatalogItem item, object? value) =>
        (item.Type.Kind, value) switch
        {
            (DataKind.Int, long l) when l is >= int.MinValue and <= int.MaxValue => (int)l,
            (DataKind.Decimal, int i) => (decimal)i,
            (DataKind.Decimal, long l) => (decimal)l,
            (DataKind.Date, DateTime t) => DateOnly.FromDateTime(t),
            (DataKind.DateTime, DateTimeOffset o) => o.UtcDateTime,
            _ => value,
        };

    private static object? Convert(CatalogItem item, object? value) =>
        (item.Type.Kind, Stored(item, value)) switch
        {
            (_, null) => null,
            (DataKind.String, string s) => s,
            (DataKind.Int, int i) => i,
            (DataKind.Decimal, decimal d) => d,
            (DataKind.Decimal, double f) => (decimal)f,
            (DataKind.Date, DateOnly d) => d,
            (DataKind.DateTime, DateTime t) => t.Kind == DateTimeKind.Utc ? t
            : t.Kind == DateTimeKind.Local ? t.ToUniversalTime()
            : DateTime.SpecifyKind(t, DateTimeKind.Utc),
            (DataKind.Bool, bool b) => b,
            _ => throw new ArgumentException($"A {item.Type} value is expected for {item.ApiName}.", nameof(value)),
        };

    /// <summary>A stable text form of a value (for cursor and filter signatures): <see cref="AuditHashing.Canonical"/>.</summary>
    public static string Canonical(object? value) => AuditHashing.Canonical(value);
}
