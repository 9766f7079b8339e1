namespace TaijiangGraph.Graph.DataGraph;

/// <summary>One page of a connection: its nodes, whether more follow, each node's cursor, and the total (counted only when selected).</summary>
public sealed class ConnectionPage(IReadOnlyList<DataNode> nodes, bool hasNextPage, bool hasPreviousPage, Func<DataNode, string> cursor, Func<CancellationToken, Task<long>> count)
{
    public IReadOnlyList<DataNode> Nodes { get; } = nodes;

    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;

    public string CursorOf(DataNode node) => cursor(node);

    public Task<long> CountAsync(CancellationToken ct) => count(ct);
}
