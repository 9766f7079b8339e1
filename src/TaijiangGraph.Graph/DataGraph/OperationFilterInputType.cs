using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Filtering;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>
/// The operations on one item in a <c>where</c> filter, per data kind: strings get eq neq in nin contains
/// startsWith; numbers and dates eq neq in nin gt gte lt lte; booleans eq neq.
/// </summary>
internal sealed class OperationFilterInputType : InputObjectGraphType
{
    public OperationFilterInputType(DataKind kind)
    {
        Kind = kind;
        Name = kind switch
        {
            DataKind.String => "StringOperationFilterInput",
            DataKind.Int => "IntOperationFilterInput",
            DataKind.Decimal => "DecimalOperationFilterInput",
            DataKind.Date => "DateOperationFilterInput",
            DataKind.DateTime => "DateTimeOperationFilterInput",
            _ => "BooleanOperationFilterInput",
        };
        var scalar = ItemGraphTypes.ScalarType(kind);
        foreach (var op in OperatorsOf(kind))
        {
            var type = op is FilterOperator.In or FilterOperator.Nin
                ? typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(scalar))
                : scalar;
            Field(FilterOperators.Name(op), type);
        }
    }

    public DataKind Kind { get; }

    public static IEnumerable<FilterOperator> OperatorsOf(DataKind kind) =>
        kind switch
        {
            DataKind.String =>
            [
                FilterOperator.Eq,
                FilterOperator.Neq,
                FilterOperator.In,
                FilterOperator.Nin,
                FilterOperator.Contains,
                FilterOperator.StartsWith,
            ],
            DataKind.Bool => [FilterOperator.Eq, FilterOperator.Neq],
            _ =>
            [
                FilterOperator.Eq,
                FilterOperator.Neq,
                FilterOperator.In,
                FilterOperator.Nin,
                FilterOperator.Gt,
                FilterOperator.Gte,
                FilterOperator.Lt,
                FilterOperator.Lte,
            ],
        };
}
