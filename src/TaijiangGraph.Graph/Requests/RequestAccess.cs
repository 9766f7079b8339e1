using System.Collections.Concurrent;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Requests;

/// <summary>
/// The caller's access for one request: decisions per resource and item, computed once. The row scope a read
/// applies is fixed in its plan (<see cref="Policy.RequestPlanner"/>).
/// </summary>
public sealed class RequestAccess(Principal caller, IReadOnlyList<Grant> grants, DateTimeOffset now)
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, AccessDecision>> _decisions = new(StringComparer.Ordinal);

    public Principal Caller { get; } = caller;

    public IReadOnlyList<Grant> Grants { get; } = grants;

    public DateTimeOffset Now { get; } = now;

    public AccessDecision Decide(CatalogResource resource, CatalogItem item) =>
        _decisions
            .GetOrAdd(resource.ApiName, _ => AccessPolicy.DecideAll(Caller, resource, Grants, Now))
            .TryGetValue(item.ApiName, out var d)
            ? d
            : AccessPolicy.Decide(Caller, resource, item, Grants, Now);
}
