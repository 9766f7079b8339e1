using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>The GraphQL scalar of an item: String, Int, Decimal, Date, DateTime or Boolean; masked items are String.</summary>
internal static class ItemGraphTypes
{
    public static Type OutputType(CatalogItem item) => item.Mask != MaskingRule.None ? typeof(StringGraphType) : ScalarType(item.Type.Kind);

    public static Type ScalarType(DataKind kind) =>
        kind switch
        {
            DataKind.String => typeof(StringGraphType),
            DataKind.Int => typeof(IntGraphType),
            DataKind.Decimal => typeof(DecimalGraphType),
            DataKind.Date => typeof(DateScalar),
            DataKind.DateTime => typeof(DateTimeScalar),
            DataKind.Bool => typeof(BooleanGraphType),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown data kind."),
        };
}
