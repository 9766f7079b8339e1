using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Paging;

/// <summary>
/// The rows the keyset paging tests walk: <c>kind_sample</c> records whose every item has duplicates and NULLs,
/// and the orders they are walked in (written as <c>"item asc, item desc"</c>, empty for the default order).
/// </summary>
internal static class PagingData
{
    public const int RecordCount = 45;

    public static readonly string[] Columns = ["code", "text", "count", "amount", "day", "moment", "flag"];

    /// <summary>No key; one key each way; two keys mixed; a nullable string; a decimal; a date; a date-time; a bool; three keys.</summary>
    public static readonly string[] Orders =
    [
        "",
        "count asc",
        "count desc",
        "text asc",
        "text desc",
        "count asc, amount desc",
        "amount desc, text asc",
        "amount asc",
        "day asc",
        "day desc",
        "moment desc",
        "flag asc, text desc",
        "flag desc, day asc, count desc",
    ];

    private static readonly string?[] Texts = ["alpha", "Beta", null, "beta", "台江", "alpha", "苍霞", null, "Zeta"];
    private static readonly int?[] Counts = [3, null, 1, 3, 0, -2, 1];
    private static readonly decimal?[] Amounts = [1.50m, null, -2.25m, 100m, 1.5m, 0m, 99999.99m, null];
    private static readonly DateOnly?[] Days = [new(2026, 1, 1), null, new(2024, 2, 29), new(2026, 1, 1), new(1999, 12, 31)];
    private static readonly DateTime?[] Moments =
    [
        Utc(2026, 11, 26, 4, 0, 0, 0),
        Utc(2026, 11, 26, 4, 0, 0, 500),
        null,
        Utc(2020, 1, 1, 0, 0, 0, 0),
        Utc(2026, 11, 26, 4, 0, 0, 0),
        null,
    ];

    private static readonly bool?[] Flags = [true, false, null, false];

    /// <summary>The records, in insertion order (so row ids follow this order on every provider).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Records() =>
        Enumerable
            .Range(0, RecordCount)
            .Select(i =>
                TestCatalogs.Record(
                    $"r{i:D3}",
                    ("text", Texts[i % Texts.Length]),
                    ("count", Counts[i % Counts.Length]),
                    ("amount", Amounts[i % Amounts.Length]),
                    ("day", Days[i % Days.Length]),
                    ("moment", Moments[i % Moments.Length]),
                    ("flag", Flags[i % Flags.Length])
                )
            )
            .ToList();

    public static IReadOnlyList<SortKey> Parse(string order) =>
        order
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => k.Split(' '))
            .Select(p => new SortKey(p[0], p[1] == "desc"))
            .ToList();

    /// <summary>A value of the item's kind that sorts before every value of the data set (ascending).</summary>
    public static object Lowest(CatalogItem item) =>
        item.Type.Kind switch
        {
            DataKind.String => "!",
            DataKind.Int => -1_000_000,
            DataKind.Decimal => -99999.99m,
            DataKind.Date => new DateOnly(1900, 1, 1),
            DataKind.DateTime => Utc(1900, 1, 1, 0, 0, 0, 0),
            DataKind.Bool => false,
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Type.Kind, "Unknown kind."),
        };

    private static DateTime Utc(int y, int mo, int d, int h, int mi, int s, int ms) => new(y, mo, d, h, mi, s, ms, DateTimeKind.Utc);
}
