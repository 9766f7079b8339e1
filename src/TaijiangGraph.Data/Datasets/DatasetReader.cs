using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Reads dataset rows through EF Core with <c>EF.Property</c> expressions: only the requested columns (plus
/// row id and sort keys) are selected, filters are parameterized, order and keyset paging are explicit
/// about NULLs so every provider agrees. One context per call. Every read starts from <see cref="Visible"/>: a record an approved
/// deletion hid (<c>_deleted_at</c> set) is in no page, count, batch or lookup count (docs/data-in.md, "Incremental reads").
/// </summary>
internal sealed class DatasetReader(DatasetContextFactory contexts) : IDatasetReader
{
    private static readonly MethodInfo CountByTyped = typeof(DatasetReader).GetMethod(
        nameof(CountByTypedAsync),
        BindingFlags.NonPublic | BindingFlags.Static
    )!;

    public async Task<IReadOnlyList<DatasetRow>> PageAsync(DataCatalog catalog, DatasetQuery query, CancellationToken ct = default)
    {
        await using var context = contexts.Create(catalog);
        var rows = Filtered(Visible(context, query.Resource), query.Resource, query.Filter);
        var columns = Columns(query.Columns, query.Order.Select(o => o.Item));
        var projection = DatasetExpressions.Projection(query.Resource, columns);
        if (query.Order.Count == 0)
        {
            if (query.After is { } after)
            {
                rows = rows.Where(KeysetExpressions.After(query.Resource, query.Order, after));
            }

            var raw = await DatasetExpressions.Order(rows, query.Resource, query.Order).Take(query.Take).Select(projection).ToListAsync(ct);
            return raw.Select(values => ToRow(columns, values)).ToList();
        }

        // Ordered by items: the first key's NULL and non-NULL rows are read apart, each in index order (KeysetSegments).
        var page = new List<DatasetRow>(query.Take);
        foreach (var segment in KeysetSegments.Of(query.Resource, query.Order, query.After))
        {
            if (page.Count >= query.Take)
            {
                break;
            }

            var raw = await segment(rows).Take(query.Take - page.Count).Select(projection).ToListAsync(ct);
            page.AddRange(raw.Select(values => ToRow(columns, values)));
        }

        return page;
    }

    public async Task<long> CountAsync(DataCatalog catalog, CatalogResource resource, FilterNode? filter, CancellationToken ct = default)
    {
        await using var context = contexts.Create(catalog);
        return await Filtered(Visible(context, resource), resource, filter).LongCountAsync(ct);
    }

    public async Task<IReadOnlyList<DatasetRow>> WhereInAsync(
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
        if (values.Count == 0)
        {
            return [];
        }

        var batch = new ItemCondition(item, FilterOperator.In, values.Cast<object?>().ToList());
        var selected = Columns([item, .. columns], order.Select(o => o.Item));
        await using var context = contexts.Create(catalog);
        var rows = Filtered(Visible(context, resource), resource, filter is null ? batch : new AndFilter([batch, filter]));
        if (after is not null)
        {
            rows = rows.Where(KeysetExpressions.After(resource, order, after));
        }

        if (perValueTake is { } take)
        {
            rows = FirstPerValue(rows, resource, item, order, take);
        }

        var raw = await DatasetExpressions
            .Order(rows, resource, order)
            .Select(DatasetExpressions.Projection(resource, selected))
            .ToListAsync(ct);
        var result = raw.Select(v => ToRow(selected, v));
        // The window already limited each value's rows; they come back grouped by value (in order of first appearance),
        // each group in the read order.
        return perValueTake is null ? result.ToList() : result.GroupBy(r => r[item]).SelectMany(g => g).ToList();
    }

    /// <summary>
    /// The first <paramref name="take"/> rows per value of <paramref name="item"/> in the given order, as
    /// <c>rows.Select(item).Distinct().SelectMany(v =&gt; rows.Where(item == v).OrderBy(order).Take(take))</c>: EF Core turns the
    /// correlated, limited subquery into <c>ROW_NUMBER() OVER (PARTITION BY item ORDER BY …, row_id)</c> compared with a parameter,
    /// so the database returns at most <paramref name="take"/> rows per value (docs/architecture.md, step 8).
    /// </summary>
    private static IQueryable<Dictionary<string, object>> FirstPerValue(
        IQueryable<Dictionary<string, object>> rows,
        CatalogResource resource,
        string item,
        IReadOnlyList<SortKey> order,
        int take
    )
    {
        var row = typeof(Dictionary<string, object>);
        var keyType = DatasetExpressions.ClrType(resource, item);
        var column = DatasetExpressions.Column(resource, item);
        var keys = Expression.Call(
            DatasetMethods.Close(DatasetMethods.Distinct, keyType),
            Expression.Call(
                DatasetMethods.Close(DatasetMethods.Select, row, keyType),
                rows.Expression,
                Expression.Quote(Expression.Lambda(column, DatasetExpressions.Row))
            )
        );
        var value = Expression.Parameter(keyType, "v");
        var members = rows.Where(
            Expression.Lambda<Func<Dictionary<string, object>, bool>>(Expression.Equal(column, value), DatasetExpressions.Row)
        );
        var first = Expression.Call(
            DatasetMethods.Close(DatasetMethods.Take, row),
            DatasetExpressions.Order(members, resource, order).Expression,
            DatasetExpressions.Parameter(take, typeof(int))
        );
        var perValue = Expression.Lambda(
            typeof(Func<,>).MakeGenericType(keyType, typeof(IEnumerable<Dictionary<string, object>>)),
            first,
            value
        );
        var flat = Expression.Call(DatasetMethods.Close(DatasetMethods.SelectMany, keyType, row), keys, Expression.Quote(perValue));
        return rows.Provider.CreateQuery<Dictionary<string, object>>(flat);
    }

    public async Task<IReadOnlyDictionary<object, long>> CountByAsync(
        DataCatalog catalog,
        CatalogResource resource,
        string item,
        IReadOnlyCollection<object> values,
        FilterNode? filter,
        CancellationToken ct = default
    )
    {
        if (values.Count == 0)
        {
            return new Dictionary<object, long>();
        }

        var batch = new ItemCondition(item, FilterOperator.In, values.Cast<object?>().ToList());
        await using var context = contexts.Create(catalog);
        var rows = Filtered(Visible(context, resource), resource, filter is null ? batch : new AndFilter([batch, filter]));
        var method = DatasetMethods.Close(CountByTyped, DatasetExpressions.ClrType(resource, item));
        return await (Task<IReadOnlyDictionary<object, long>>)method.Invoke(null, [rows, resource, item, ct])!;
    }

    private static async Task<IReadOnlyDictionary<object, long>> CountByTypedAsync<TKey>(
        IQueryable<Dictionary<string, object>> rows,
        CatalogResource resource,
        string item,
        CancellationToken ct
    )
    {
        var key = Expression.Lambda<Func<Dictionary<string, object>, TKey>>(
            DatasetExpressions.Column(resource, item),
            DatasetExpressions.Row
        );
        var counts = await rows.GroupBy(key).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        return counts.Where(c => c.Key is not null).ToDictionary(c => (object)c.Key!, c => c.Count);
    }

    /// <summary>The base query of every read: the resource's rows that no approved deletion hid (<c>_deleted_at IS NULL</c>). The
    /// deletion time is compared, never selected.</summary>
    private static IQueryable<Dictionary<string, object>> Visible(DatasetDbContext context, CatalogResource resource) =>
        context.Rows(resource).Where(e => EF.Property<DateTime?>(e, DatasetNames.DeletedAt) == null);

    private static IQueryable<Dictionary<string, object>> Filtered(
        IQueryable<Dictionary<string, object>> rows,
        CatalogResource resource,
        FilterNode? filter
    ) => filter is null ? rows : rows.Where(DatasetExpressions.Predicate(resource, filter));

    private static List<string> Columns(IEnumerable<string> columns, IEnumerable<string> sortItems) =>
        [DatasetNames.RowId, .. columns.Concat(sortItems).Where(c => c != DatasetNames.RowId).Distinct(StringComparer.Ordinal)];

    private static DatasetRow ToRow(List<string> columns, object?[] values)
    {
        var map = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
        for (var i = 1; i < columns.Count; i++)
        {
            map[columns[i]] = values[i];
        }

        return new DatasetRow((long)values[0]!, map);
    }
}
