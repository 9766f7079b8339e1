namespace TaijiangGraph.Core.Querying;

/// <summary>Filter operators, named as in Hot Chocolate's filtering conventions.</summary>
public enum FilterOperator
{
    Eq,
    Neq,
    In,
    Nin,
    Contains,
    StartsWith,
    Gt,
    Gte,
    Lt,
    Lte,
}
