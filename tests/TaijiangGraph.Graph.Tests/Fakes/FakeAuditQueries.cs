using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>An empty audit trail that records the searches it gets.</summary>
internal sealed class FakeAuditQueries : IAuditQueries
{
    public List<AuditQuery> Queries { get; } = [];

    public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        lock (Queries)
        {
            Queries.Add(query);
        }

        return Task.FromResult<IReadOnlyList<AuditEntry>>([]);
    }

    public Task<ChainVerification> VerifyAsync(
        ReadOnlyMemory<byte> key,
        DateTimeOffset? from,
        DateTimeOffset? to,
        CancellationToken ct = default
    ) => Task.FromResult(new ChainVerification(true, 0, null, null, null, null));
}
