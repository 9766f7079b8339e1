using System.Linq.Expressions;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// The keyset predicate "rows after this position" for an order with NULLs last ascending and first
/// descending, tie-broken by row id: (k1 after v1) OR (k1 = v1 AND k2 after v2) OR … OR (all equal AND row_id &gt; r).
/// </summary>
internal static class KeysetExpressions
{
    public static Expression<Func<Dictionary<string, object>, bool>> After(
        CatalogResource resource,
        IReadOnlyList<SortKey> order,
        KeysetPosition position
    )
    {
        if (position.Values.Count != order.Count)
        {
            throw new ArgumentException("The position does not match the order.", nameof(position));
        }

        var terms = new List<Expression>();
        var equalSoFar = new List<Expression>();
        for (var i = 0; i < order.Count; i++)
        {
            var column = DatasetExpressions.Column(resource, order[i].Item);
            var type = DatasetExpressions.ClrType(resource, order[i].Item);
            var value = position.Values[i];
            var isNull = Expression.Equal(column, Expression.Constant(null, column.Type));
            Expression? after = (order[i].Descending, value) switch
            {
                (false, null) => null,
                (false, _) => Expression.OrElse(
                    DatasetExpressions.Compare(column, type, FilterOperator.Gt, DatasetExpressions.Parameter(value, type)),
                    isNull
                ),
                (true, null) => Expression.Not(isNull),
                (true, _) => DatasetExpressions.Compare(column, type, FilterOperator.Lt, DatasetExpressions.Parameter(value, type)),
            };
            if (after is not null)
            {
                terms.Add(All([.. equalSoFar, after]));
            }

            equalSoFar.Add(value is null ? isNull : Expression.Equal(column, DatasetExpressions.Parameter(value, type)));
        }

        var rowId = DatasetExpressions.Column(resource, DatasetNames.RowId);
        terms.Add(All([.. equalSoFar, Expression.GreaterThan(rowId, DatasetExpressions.Parameter(position.RowId, typeof(long)))]));
        return Expression.Lambda<Func<Dictionary<string, object>, bool>>(terms.Aggregate(Expression.OrElse), DatasetExpressions.Row);
    }

    private static Expression All(IReadOnlyList<Expression> parts) => parts.Aggregate(Expression.AndAlso);
}
