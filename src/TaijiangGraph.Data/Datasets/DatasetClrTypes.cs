using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Data.Datasets;

/// <summary>The CLR type that holds an item's values (nullable for every value type).</summary>
internal static class DatasetClrTypes
{
    public static Type Of(DataType type) =>
        type.Kind switch
        {
            DataKind.String => typeof(string),
            DataKind.Int => typeof(int?),
            DataKind.Decimal => typeof(decimal?),
            DataKind.Date => typeof(DateOnly?),
            DataKind.DateTime => typeof(DateTime?),
            DataKind.Bool => typeof(bool?),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown data kind."),
        };
}
