namespace TaijiangGraph.Graph.Policy;

/// <summary>Request limits of the data graph: page size (<c>first</c> defaults to 20, at most 100), <c>in</c> list length, records per push
/// (the purpose rule is <see cref="TaijiangGraph.Core.Sharing.PurposeText"/>).</summary>
internal static class DataLimits
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxInListValues = 100;

    /// <summary>Records one push mutation takes (docs/data-in.md, "The push").</summary>
    public const int MaxRecordsPerPush = 1_000;
}
