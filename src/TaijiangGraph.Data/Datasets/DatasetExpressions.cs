using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Builds EF Core expressions over a resource's rows: <c>EF.Property</c> column access, filters with every value
/// as a SQL parameter, and comparisons that work for every data type (strings through <c>string.Compare</c>).
/// </summary>
internal static class DatasetExpressions
{
    public static readonly ParameterExpression Row = Expression.Parameter(typeof(Dictionary<string, object>), "e");

    private static readonly ConditionalWeakTable<
        CatalogResource,
        ConcurrentDictionary<string, Expression<Func<Dictionary<string, object>, object?[]>>>
    > Projections = new();

    /// <summary><c>EF.Property&lt;T&gt;(e, column)</c> with the column's CLR type; only exposed items, the row id and the record-info
    /// columns (<see cref="RecordInfoColumns"/>).</summary>
    /// <exception cref="ArgumentException">The column is not a readable column of the resource.</exception>
    public static Expression Column(CatalogResource resource, string column) =>
        Expression.Call(DatasetMethods.Property(ClrType(resource, column)), Row, Expression.Constant(column));

    /// <summary>The CLR type of a readable column (the row id, a record-info column or an exposed item).</summary>
    /// <exception cref="ArgumentException">The column is not a readable column of the resource.</exception>
    public static Type ClrType(CatalogResource resource, string column)
    {
        switch (column)
        {
            case DatasetNames.RowId:
                return typeof(long);
            case DatasetNames.Version:
                return typeof(int);
            case DatasetNames.ChangedAt:
                return typeof(DateTime);
        }

        var item = resource.FindItem(column);
        return item is { IsExposed: true }
            ? DatasetClrTypes.Of(item.Type)
            : throw new ArgumentException($"'{column}' is not a readable column of {resource.ApiName}.", nameof(column));
    }

    /// <summary><c>e => new object[] { EF.Property&lt;T&gt;(e, "c1"), … }</c> for the named columns: the query selects only
    /// these. Built once per resource (of a catalog version) and column list: an expression tree is immutable.</summary>
    public static Expression<Func<Dictionary<string, object>, object?[]>> Projection(
        CatalogResource resource,
        IReadOnlyList<string> columns
    ) =>
        Projections
            .GetValue(resource, _ => new(StringComparer.Ordinal))
            .GetOrAdd(
                string.Join('\u001f', columns),
                static (_, arg) =>
                    Expression.Lambda<Func<Dictionary<string, object>, object?[]>>(
                        Expression.NewArrayInit(
                            typeof(object),
                            arg.Columns.Select(c => (Expression)Expression.Convert(Column(arg.Resource, c), typeof(object)))
                        ),
                        Row
                    ),
                (Resource: resource, Columns: columns)
            );

    /// <summary>A parameterized value of the column's CLR type.</summary>
    public static Expression Parameter(object? value, Type type)
    {
        return Expression.Property(Expression.Constant(DatasetMethods.Box(type, value)), nameof(ParameterBox<object>.Value));
    }

    public static Expression<Func<Dictionary<string, object>, bool>> Predicate(CatalogResource resource, FilterNode filter) =>
        Expression.Lambda<Func<Dictionary<string, object>, bool>>(Build(resource, filter), Row);

    private static Expression Build(CatalogResource resource, FilterNode node) =>
        node switch
        {
            AndFilter and => and.Operands.Count == 0
                ? Expression.Constant(true)
                : and.Operands.Select(o => Build(resource, o)).Aggregate(Expression.AndAlso),
            OrFilter or => or.Operands.Count == 0
                ? Expression.Constant(false)
                : or.Operands.Select(o => Build(resource, o)).Aggregate(Expression.OrElse),
            ItemCondition c => Condition(resource, c),
            ChangedAfterCondition c => Expression.GreaterThan(
                Column(resource, DatasetNames.ChangedAt),
                Parameter(c.Instant, typeof(DateTime))
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown filter node."),
        };

    private static Expression Condition(CatalogResource resource, ItemCondition c)
    {
        var column = Column(resource, c.Item);
        var type = ClrType(resource, c.Item);
        return c.Operator switch
        {
            FilterOperator.Eq => Expression.Equal(column, Parameter(c.Value, type)),
            FilterOperator.Neq => Expression.NotEqual(column, Parameter(c.Value, type)),
            FilterOperator.In => In(column, type, (IList)c.Value!),
            FilterOperator.Nin => Expression.Not(In(column, type, (IList)c.Value!)),
            FilterOperator.Contains => StringCall(column, DatasetMethods.StringContains, c.Value),
            FilterOperator.StartsWith => StringCall(column, DatasetMethods.StringStartsWith, c.Value),
            _ => Compare(column, type, c.Operator, Parameter(c.Value, type)),
        };
    }

    /// <summary><c>column op value</c> for gt/gte/lt/lte; strings via <c>string.Compare(column, value) op 0</c>.</summary>
    public static Expression Compare(Expression column, Type type, FilterOperator op, Expression value)
    {
        if (type == typeof(string) || type == typeof(bool?))
        {
            var compare =
                type == typeof(string)
                    ? Expression.Call(DatasetMethods.StringCompare, column, value)
                    : Expression.Call(
                        Expression.Convert(column, typeof(bool)),
                        DatasetMethods.BoolCompareTo,
                        Expression.Convert(value, typeof(bool))
                    );
            column = compare;
            value = Expression.Constant(0);
        }

        return op switch
        {
            FilterOperator.Gt => Expression.GreaterThan(column, value),
            FilterOperator.Gte => Expression.GreaterThanOrEqual(column, value),
            FilterOperator.Lt => Expression.LessThan(column, value),
            FilterOperator.Lte => Expression.LessThanOrEqual(column, value),
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a comparison."),
        };
    }

    private static Expression In(Expression column, Type type, IList values)
    {
        var (list, contains) = DatasetMethods.ListOf(type, values);
        return Expression.Call(Parameter(list, list.GetType()), contains, column);
    }

    private static Expression StringCall(Expression column, MethodInfo method, object? value) =>
        Expression.AndAlso(
            Expression.NotEqual(column, Expression.Constant(null, typeof(string))),
            Expression.Call(column, method, Parameter(value, typeof(string)))
        );

    /// <summary>
    /// Orders rows by the sort keys (NULLs last ascending, first descending), then by row id. With
    /// <paramref name="firstKeyHasNoNulls"/> (the rows are filtered to a non-NULL first key) the first key is ordered by its
    /// column alone, so an index on (item, row id) can give the order.
    /// </summary>
    public static IQueryable<Dictionary<string, object>> Order(
        IQueryable<Dictionary<string, object>> rows,
        CatalogResource resource,
        IReadOnlyList<SortKey> order,
        bool firstKeyHasNoNulls = false
    )
    {
        IOrderedQueryable<Dictionary<string, object>>? ordered = null;
        foreach (var key in order)
        {
            var column = Column(resource, key.Item);
            if (firstKeyHasNoNulls && ordered is null)
            {
                ordered = First(rows, column, key.Descending);
                continue;
            }

            var isNull = Expression.Lambda<Func<Dictionary<string, object>, int>>(
                Expression.Condition(
                    Expression.Equal(column, Expression.Constant(null, column.Type)),
                    Expression.Constant(1),
                    Expression.Constant(0)
                ),
                Row
            );
            ordered = ordered is null
                ? key.Descending
                    ? rows.OrderByDescending(isNull)
                    : rows.OrderBy(isNull)
                : key.Descending
                    ? ordered.ThenByDescending(isNull)
                    : ordered.ThenBy(isNull);
            ordered = ThenBy(ordered, column, key.Descending);
        }

        var rowId = Column(resource, DatasetNames.RowId);
        return ordered is null
            ? rows.OrderBy(Expression.Lambda<Func<Dictionary<string, object>, long>>(rowId, Row))
            : ThenBy(ordered, rowId, descending: false);
    }

    private static IOrderedQueryable<Dictionary<string, object>> First(
        IQueryable<Dictionary<string, object>> source,
        Expression column,
        bool descending
    )
    {
        var lambda = Expression.Lambda(column, Row);
        var method = typeof(Queryable)
            .GetMethods()
            .Single(m =>
                m.Name == (descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy)) && m.GetParameters().Length == 2
            )
            .MakeGenericMethod(typeof(Dictionary<string, object>), column.Type);
        return (IOrderedQueryable<Dictionary<string, object>>)method.Invoke(null, [source, lambda])!;
    }

    private static IOrderedQueryable<Dictionary<string, object>> ThenBy(
        IOrderedQueryable<Dictionary<string, object>> source,
        Expression column,
        bool descending
    )
    {
        var lambda = Expression.Lambda(column, Row);
        var method = DatasetMethods.ThenBy(column.Type, descending);
        return (IOrderedQueryable<Dictionary<string, object>>)method.Invoke(null, [source, lambda])!;
    }
}
