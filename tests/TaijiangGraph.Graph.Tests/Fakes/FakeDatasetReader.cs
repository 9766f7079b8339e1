using System.Collections.Concurrent;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>
/// An <see cref="IDatasetReader"/> over rows held in memory per resource, recording every call it gets (what the graph
/// asked the storage for). It evaluates <c>eq</c>/<c>in</c> conditions and AND/OR of them, orders by row id only (tests
/// here sort by nothing else) and honours keyset positions by row id.
/// </summary>
internal sealed class FakeDatasetReader : IDatasetReader
{
    private readonly Dictionary<string, List<DatasetRow>> _rows = new(StringComparer.Ordinal);

    public ConcurrentQueue<DatasetQuery> Pages { get; } = new();

    public ConcurrentQueue<WhereInCall> WhereIns { get; } = new();

    /// <summary>Adds rows of <paramref name="resource"/>, ids 1, 2, … in the order given.</summary>
    public FakeDatasetReader With(string resource, params IReadOnlyDictionary<string, object?>[] rows)
    {
        var list = _rows.TryGetValue(resource, out var l) ? l : _rows[resource] = [];
        foreach (var row in rows)
        {
            list.Add(new DatasetRow(list.Count + 1, row));
        }

        return this;
    }

    public Task<IReadOnlyList<DatasetRow>> PageAsync(DataCatalog catalog, DatasetQuery query, CancellationToken ct = default)
    {
        Pages.Enqueue(query);
        IReadOnlyList<DatasetRow> page =
        [
            .. Matching(query.Resource, query.Filter).Where(r => query.After is null || r.RowId > query.After.RowId).Take(query.Take),
        ];
        return Task.FromResult(page);
    }

    public Task<long> CountAsync(DataCatalog catalog, CatalogResource resource, FilterNode? filter, CancellationToken ct = default) =>
        Task.FromResult((long)Matching(resource, filter).Count());

    public Task<IReadOnlyList<DatasetRow>> WhereInAsync(
        DataCatalog catalog,
        CatalogResource resource,
        string item,
        IReadOnlyCollection<object> values,
        IReadOnlyList<string> columns,
        FilterNode? filter,
        IReadOnlyList<SortKey> order,
        int? perValueTake,
        KeysetPosition? after = null,
        CancellationToken ct = default
    )
    {
        WhereIns.Enqueue(new WhereInCall(resource.ApiName, item, [.. values], filter, perValueTake));
        var rows = Matching(resource, filter).Where(r => values.Contains(r[item]) && (after is null || r.RowId > after.RowId));
        IReadOnlyList<DatasetRow> result = perValueTake is { } take
            ? [.. rows.GroupBy(r => r[item]).SelectMany(g => g.Take(take))]
            : [.. rows];
        return Task.FromResult(result);
    }

    public Task<IReadOnlyDictionary<object, long>> CountByAsync(
        DataCatalog catalog,
        CatalogResource resource,
        string item,
        IReadOnlyCollection<object> values,
        FilterNode? filter,
        CancellationToken ct = default
    )
    {
        IReadOnlyDictionary<object, long> counts = Matching(resource, filter)
            .Where(r => r[item] is { } v && values.Contains(v))
            .GroupBy(r => r[item]!)
            .ToDictionary(g => g.Key, g => (long)g.Count());
        return Task.FromResult(counts);
    }

    private IEnumerable<DatasetRow> Matching(CatalogResource resource, FilterNode? filter) =>
        (_rows.TryGetValue(resource.ApiName, out var rows) ? rows : []).Where(r => filter is null || Holds(filter, r));

    private static bool Holds(FilterNode filter, DatasetRow row) =>
        filter switch
        {
            AndFilter and => and.Operands.All(f => Holds(f, row)),
            OrFilter or => or.Operands.Any(f => Holds(f, row)),
            ItemCondition { Operator: FilterOperator.Eq } c => Equals(row[c.Item], c.Value),
            ItemCondition { Operator: FilterOperator.In } c => ((IEnumerable<object?>)c.Value!).Contains(row[c.Item]),
            _ => throw new NotSupportedException($"The fake reader does not evaluate {filter}."),
        };
}

/// <summary>One batched read: the resource, the item matched, the values (parent keys) and the filter received.</summary>
internal sealed record WhereInCall(string Resource, string Item, IReadOnlyList<object> Values, FilterNode? Filter, int? PerValueTake);
