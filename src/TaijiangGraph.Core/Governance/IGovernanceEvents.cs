namespace TaijiangGraph.Core.Governance;

/// <summary>Reads the governance event log. Read only: events are recorded by the changes themselves. Thread-safe.</summary>
public interface IGovernanceEvents
{
    /// <summary>
    /// Events newest first (descending id), at most <paramref name="take"/>: only of <paramref name="kind"/> when given,
    /// only below <paramref name="beforeId"/> when given, and with <paramref name="ofResources"/> only the events that
    /// concern one of those resources (null: every event, e.g. for the bureau).
    /// </summary>
    Task<IReadOnlyList<GovernanceEvent>> EventsAsync(
        string? kind,
        long? beforeId,
        int take,
        IReadOnlyCollection<string>? ofResources = null,
        CancellationToken ct = default
    );
}
