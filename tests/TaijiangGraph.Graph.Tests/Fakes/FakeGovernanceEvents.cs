using TaijiangGraph.Core.Governance;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>A governance event log held in memory, answering as the port's contract says (newest first, filters, take).</summary>
internal sealed class FakeGovernanceEvents : IGovernanceEvents
{
    public List<GovernanceEvent> Events { get; } = [];

    public Task<IReadOnlyList<GovernanceEvent>> EventsAsync(
        string? kind,
        long? beforeId,
        int take,
        IReadOnlyCollection<string>? ofResources = null,
        CancellationToken ct = default
    )
    {
        IReadOnlyList<GovernanceEvent> events =
        [
            .. Events
                .Where(e =>
                    (kind is null || e.Kind == kind)
                    && (beforeId is null || e.Id < beforeId)
                    && (ofResources is null || (e.Resource is { } r && ofResources.Contains(r)))
                )
                .OrderByDescending(e => e.Id)
                .Take(take),
        ];
        return Task.FromResult(events);
    }
}
