using GraphQLParser.AST;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Planning;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Policy;

/// <summary>
/// Collects, while validation visits a document, the items the request uses per resource (read, filtered, sorted,
/// linked by) and a <see cref="FieldDraft"/> per data field that passed its checks; <see cref="Build"/> then fixes
/// the request's row scope per resource — the scopes of every used item that rests on scoped grants, ANDed
/// (docs/policy.md) — and turns every draft into its immutable <see cref="FieldPlan"/>.
/// </summary>
internal sealed class RequestPlanner(RequestAccess access)
{
    private readonly Dictionary<string, (CatalogResource Resource, SortedSet<string> Items)> _used = new(StringComparer.Ordinal);
    private readonly List<FieldDraft> _drafts = [];

    /// <summary>Records that the request reads, filters, sorts or links by an item.</summary>
    public void Use(CatalogResource resource, CatalogItem item)
    {
        if (!_used.TryGetValue(resource.ApiName, out var used))
        {
            _used[resource.ApiName] = used = (resource, new SortedSet<string>(StringComparer.Ordinal));
        }

        used.Items.Add(item.ApiName);
    }

    /// <summary>Adds the draft of a data field node (one per node: a node visited again keeps its first draft).</summary>
    public void Add(FieldDraft draft)
    {
        if (!_drafts.Exists(d => ReferenceEquals(d.Field, draft.Field)))
        {
            _drafts.Add(draft);
        }
    }

    /// <summary>The plans of every drafted field, with the row scopes final; call once the whole document is visited.</summary>
    public RequestPlans Build()
    {
        var scopes = _used.Values.ToDictionary(u => u.Resource.ApiName, u => Scope(u.Resource, u.Items), StringComparer.Ordinal);
        var plans = new List<KeyValuePair<GraphQLField, FieldPlan>>(_drafts.Count);
        var selections = new List<KeyValuePair<ASTNode, SelectionContribution>>();
        foreach (var d in _drafts)
        {
            var scope = scopes.TryGetValue(d.Resource.ApiName, out var s) ? s : null;
            var plan = new FieldPlan(
                d.Resource,
                d.Role,
                d.Where,
                scope,
                RowScopeFilters.And(d.Where, scope),
                d.Order,
                d.First,
                d.Position,
                d.Binding,
                d.Key,
                PlanColumns.Union(d.Resource, d.Selections.Select(c => c.Value))
            );
            plans.Add(new(d.Field, plan));
            selections.AddRange(
                d.Selections.Select(c => new KeyValuePair<ASTNode, SelectionContribution>(c.Key, new SelectionContribution(plan, c.Value)))
            );
        }

        return new RequestPlans(plans, selections, scopes);
    }

    private FilterNode? Scope(CatalogResource resource, IEnumerable<string> items) =>
        RowScopeFilters.And(
            items
                .Select(resource.FindItem)
                .OfType<CatalogItem>()
                .Select(i => access.Decide(resource, i))
                .Where(d => d.IsReadable && d.IsScoped)
                .Select(d => RowScopeFilters.Of(d.RowScopes))
                .ToArray()
        );
}
