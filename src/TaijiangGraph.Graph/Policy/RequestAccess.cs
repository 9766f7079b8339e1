using System.Collections.Concurrent;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Policy;

/// <summary>
/// The caller's access for one request: decisions per resource and item (computed once), the items the
/// request uses per resource, and from those the row scope ANDed into every read of that resource.
/// </summary>
public sealed class RequestAccess(Principal caller, IReadOnlyList<Grant> grants, DateTimeOffset now)
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, AccessDecision>> _decisions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _used = new(StringComparer.Ordinal);

    public Principal Caller { get; } = caller;

    public IReadOnlyList<Grant> Grants { get; } = grants;

    public DateTimeOffset Now { get; } = now;

    public AccessDecision Decide(CatalogResource resource, CatalogItem item) =>
        _decisions.GetOrAdd(resource.ApiName, _ => AccessPolicy.DecideAll(Caller, resource, Grants, Now))
            .TryGetValue(item.ApiName, out var d) ? d : AccessPolicy.Decide(Caller, resource, item, Grants, Now);

    /// <summary>Records that the request reads, filters or sorts by an item (set during validation).</summary>
    public void Use(CatalogResource resource, CatalogItem item) =>
        _used.GetOrAdd(resource.ApiName, _ => new(StringComparer.Ordinal)).TryAdd(item.ApiName, 0);

    /// <summary>The items of a resource the request uses.</summary>
    public IReadOnlyCollection<string> UsedItems(CatalogResource resource) =>
        _used.TryGetValue(resource.ApiName, out var items) ? items.Keys.Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>The row scope of this request on a resource: the scopes of every used item that rests on scoped grants, ANDed.</summary>
    public FilterNode? ScopeFilter(CatalogResource resource) =>
        RowScopeFilters.And(UsedItems(resource)
            .Select(i => resource.FindItem(i))
            .OfType<CatalogItem>()
            .Select(i => Decide(resource, i))
            .Where(d => d.IsReadable && d.IsScoped)
            .Select(d => RowScopeFilters.Of(d.RowScopes))
            .ToArray());
}
