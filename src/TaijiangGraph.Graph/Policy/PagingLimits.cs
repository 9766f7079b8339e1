namespace TaijiangGraph.Graph.Policy;

/// <summary>Page sizes of connection fields: <c>first</c> defaults to 20 and may be at most 100.</summary>
public static class PagingLimits
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPurposeLength = 200;
}
