using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.DataIn;

/// <summary>Converts an input value as the engine coerced it to the CLR type its item is stored as, without judging it.</summary>
internal static class StoredValues
{
    /// <summary>The stored form of <paramref name="value"/>, or the value itself when it has none (the validation refuses it).</summary>
    public static object? Of(CatalogItem item, object? value) =>
        (item.Type.Kind, value) switch
        {
            (DataKind.Int, long l) when l is >= int.MinValue and <= int.MaxValue => (int)l,
            (DataKind.Decimal, int i) => (decimal)i,
            (DataKind.Decimal, long l) => (decimal)l,
            (DataKind.Date, DateTime t) => DateOnly.FromDateTime(t),
            (DataKind.DateTime, DateTimeOffset o) => o.UtcDateTime,
            _ => value,
        };
}
