namespace TaijiangGraph.Graph.DataGraph;

/// <summary>One page of a connection: its nodes, whether more follow, each node's cursor, and the total (counted only when
/// selected).</summary>
internal sealed class ConnectionPage(
    IReadOnlyList<DataNode> nodes,
    bool hasNextPage,
    bool hasPreviousPage,
    Func<DataNode, string> cursor,
    Func<CancellationToken, Task<long>> count
)
{
    public IReadOnlyList<DataNode> Nodes { get; } = nodes;

    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;

    public string CursorOf(DataNode node) => cursor(node);

    public Task<long> CountAsync(CancellationToken ct) => count(ct);

    /// <summary>The total as GraphQL's 32-bit <c>Int</c> (<c>totalCount</c>).</summary>
    /// <exception cref="OverflowException">More than <see cref="int.MaxValue"/> records match: the field fails rather than
    /// wrap.</exception>
    public async Task<int> TotalCountAsync(CancellationToken ct) => checked((int)await count(ct));
}
