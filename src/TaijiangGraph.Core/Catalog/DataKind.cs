namespace TaijiangGraph.Core.Catalog;

/// <summary>The storage kind of an item's values.</summary>
public enum DataKind
{
    String,
    Int,
    Decimal,
    Date,
    DateTime,
    Bool,
}
