using GraphQL;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Requests;

/// <summary>
/// Collects denied field reads during execution and turns them into at most one error per item per list:
/// the response path (aliases, not field names) of the first occurrence, the number of occurrences, the
/// resource and item, and for conditional items how to apply for a grant: in words (<c>howToApply</c>) and as the ready input
/// of a share application for every conditional item of the resource denied in the operation (<c>apply</c>,
/// <see cref="ShareApplicationHint"/>).
/// </summary>
public sealed class FieldDenials
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public void Add(IEnumerable<object> path, CatalogResource resource, CatalogItem item, AccessDecision decision)
    {
        var fullPath = path.ToList();
        // One entry per list and item: the response path without list indexes and without the field's own
        // response name, so that aliases of one item in one list share an entry.
        var key =
            string.Join('.', fullPath.SkipLast(1).Select(p => p is int ? "[]" : p.ToString()))
            + "|"
            + resource.ApiName
            + "."
            + item.ApiName;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                entry.Count++;
            }
            else
            {
                _entries[key] = new Entry(fullPath, resource, item, decision);
            }
        }
    }

    public IEnumerable<ExecutionError> ToErrors()
    {
        lock (_gate)
        {
            // Per resource, the conditional items denied anywhere in the operation: each of them has an error of its own.
            var conditional = _entries
                .Values.Where(e => IsConditional(e.Decision))
                .GroupBy(e => e.Resource.ApiName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ShareApplicationHint.Of(g.Key, g.Select(e => e.Item.ApiName)), StringComparer.Ordinal);
            return _entries.Values.Select(e => ToError(e, conditional)).ToList();
        }
    }

    private static bool IsConditional(AccessDecision decision) => decision.DenyCode == ErrorCodes.Policy.ForbiddenConditional;

    private static ExecutionError ToError(Entry e, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> conditional)
    {
        var code = e.Decision.DenyCode ?? ErrorCodes.Policy.ForbiddenNotShared;
        var error = new ExecutionError(
            code == ErrorCodes.Policy.ForbiddenConditional
                ? $"{e.Resource.ApiName}.{e.Item.ApiName} "
                    + $"({e.Item.Name}) is "
                    + $"conditionally shared: "
                    + $"the caller "
                    + $"holds no "
                    + $"active grant "
                    + $"covering it."
                : $"{e.Resource.ApiName}.{e.Item.ApiName} ({e.Item.Name}) is not shared with the caller."
        )
        {
            Code = code,
            Path = e.Path,
        };
        error.Data["resource"] = e.Resource.ApiName;
        error.Data["item"] = e.Item.ApiName;
        error.Data["count"] = e.Count;
        if (code == ErrorCodes.Policy.ForbiddenConditional)
        {
            error.Data["howToApply"] =
                $"Submit a share application "
                + $"(共享申请) for "
                + $"resource "
                + $"{e.Resource.Code} "
                + $"({e.Resource.Name}), item "
                + $"{e.Item.ApiName}, "
                + $"to provider {e.Resource.Provider} through the district "
                + $"big-data "
                + $"bureau, stating "
                + $"purpose, "
                + $"scenario and "
                + $"legal basis; "
                + $"basis of the item: {e.Item.LegalBasis}";
            error.Data["apply"] = conditional[e.Resource.ApiName];
        }

        return error;
    }

    private sealed class Entry(List<object> path, CatalogResource resource, CatalogItem item, AccessDecision decision)
    {
        public List<object> Path { get; } = path;
        public CatalogResource Resource { get; } = resource;
        public CatalogItem Item { get; } = item;
        public AccessDecision Decision { get; } = decision;
        public int Count { get; set; } = 1;
    }
}
