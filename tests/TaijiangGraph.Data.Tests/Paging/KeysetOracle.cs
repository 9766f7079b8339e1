using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Data.Tests.Paging;

/// <summary>
/// The order the database must agree with, computed in memory: each key ascending with NULLs last or
/// descending with NULLs first (the exact reverse), strings by code point, ties broken by row id ascending.
/// </summary>
internal sealed class KeysetOracle(IReadOnlyList<SortKey> order) : IComparer<(IReadOnlyList<object?> Values, long RowId)>
{
    public int Compare((IReadOnlyList<object?> Values, long RowId) x, (IReadOnlyList<object?> Values, long RowId) y)
    {
        for (var i = 0; i < order.Count; i++)
        {
            var c = CompareAscendingNullsLast(x.Values[i], y.Values[i]);
            if (c != 0)
            {
                return order[i].Descending ? -c : c;
            }
        }

        return x.RowId.CompareTo(y.RowId);
    }

    /// <summary>The row ids of <paramref name="rows"/> (all columns by name, with their row id) in this order.</summary>
    public IReadOnlyList<long> Sort(IEnumerable<(IReadOnlyDictionary<string, object?> Row, long RowId)> rows) =>
        rows.Select(r => (Values: Key(r.Row), r.RowId)).Order(this).Select(r => r.RowId).ToList();

    public (IReadOnlyList<object?> Values, long RowId) Position(IReadOnlyDictionary<string, object?> row, long rowId) => (Key(row), rowId);

    private IReadOnlyList<object?> Key(IReadOnlyDictionary<string, object?> row) =>
        order.Select(k => row.TryGetValue(k.Item, out var v) ? v : null).ToList();

    private static int CompareAscendingNullsLast(object? a, object? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            (string s, string t) => string.CompareOrdinal(s, t) switch
            {
                < 0 => -1,
                > 0 => 1,
                _ => 0,
            },
            _ => Comparer<object>.Default.Compare(a, b),
        };
}
