using System.Linq.Expressions;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// A keyset page ordered by items, read as up to two index-friendly segments of the first sort key: its NULL rows (first when
/// descending, last when ascending, as <see cref="DatasetExpressions.Order"/> orders them) and its other rows. Within a segment the
/// first key's NULL test is constant, so its order is the plain column order that an (item, row id) index gives, and a cursor
/// inside the non-NULL segment adds a range bound on the column (<c>item &lt;= v</c> descending, <c>&gt;= v</c> ascending): a page at
/// any depth is an index range scan (docs/architecture.md, "Dataset indexes"). The rows equal those of the single query
/// <see cref="KeysetExpressions.After"/> plus <see cref="DatasetExpressions.Order"/>.
/// </summary>
internal static class KeysetSegments
{
    /// <summary>The segments still to read after <paramref name="after"/> (all of them when null), in page order; each orders its
    /// rows. <paramref name="order"/> must not be empty.</summary>
    public static IReadOnlyList<Func<IQueryable<Dictionary<string, object>>, IQueryable<Dictionary<string, object>>>> Of(
        CatalogResource resource,
        IReadOnlyList<SortKey> order,
        KeysetPosition? after
    )
    {
        var first = order[0];
        var rest = order.Skip(1).ToList();
        var column = DatasetExpressions.Column(resource, first.Item);
        var type = DatasetExpressions.ClrType(resource, first.Item);
        var isNull = Where(Expression.Equal(column, Expression.Constant(null, column.Type)));
        var notNull = Where(Expression.NotEqual(column, Expression.Constant(null, column.Type)));

        IQueryable<Dictionary<string, object>> Nulls(IQueryable<Dictionary<string, object>> rows, bool resume)
        {
            rows = rows.Where(isNull);
            if (resume)
            {
                rows = rows.Where(KeysetExpressions.After(resource, rest, new KeysetPosition([.. after!.Values.Skip(1)], after.RowId)));
            }

            return DatasetExpressions.Order(rows, resource, rest);
        }

        IQueryable<Dictionary<string, object>> Values(IQueryable<Dictionary<string, object>> rows, bool resume)
        {
            rows = rows.Where(notNull);
            if (resume)
            {
                var bound = DatasetExpressions.Compare(
                    column,
                    type,
                    first.Descending ? FilterOperator.Lte : FilterOperator.Gte,
                    DatasetExpressions.Parameter(after!.Values[0], type)
                );
                rows = rows.Where(Where(bound)).Where(KeysetExpressions.After(resource, order, after));
            }

            return DatasetExpressions.Order(rows, resource, order, firstKeyHasNoNulls: true);
        }

        var inNulls = after is not null && after.Values[0] is null;
        var inValues = after is not null && !inNulls;
        return first.Descending
            ? inValues
                ? [rows => Values(rows, resume: true)]
                : [rows => Nulls(rows, inNulls), rows => Values(rows, resume: false)]
            : inNulls
                ? [rows => Nulls(rows, resume: true)]
                : [rows => Values(rows, inValues), rows => Nulls(rows, resume: false)];
    }

    private static Expression<Func<Dictionary<string, object>, bool>> Where(Expression body) =>
        Expression.Lambda<Func<Dictionary<string, object>, bool>>(body, DatasetExpressions.Row);
}
