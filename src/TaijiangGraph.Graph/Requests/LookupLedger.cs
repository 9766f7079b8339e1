using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Lookups;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Filtering;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Requests;

/// <summary>
/// The lookup values one operation uses on masked lookup keys (collected during validation), its reservation
/// against the lookup budget, and the settlement after execution: a value is a miss when no record the caller
/// can see holds it, judged per value on its own whatever else the operation's filter says.
/// </summary>
public sealed class LookupLedger
{
    private readonly List<LookupUse> _uses = [];

    public IReadOnlyList<LookupUse> Uses => _uses;

    /// <summary>Set when the budget took the reservation; settled once the operation has run.</summary>
    public LookupReservation? Reservation { get; set; }

    public void Add(CatalogResource resource, CatalogItem item, IEnumerable<object> values)
    {
        var list = values.ToList();
        var existing = _uses.FindIndex(u => u.Resource == resource.ApiName && u.Item == item.ApiName);
        if (existing < 0)
        {
            _uses.Add(new LookupUse(resource.ApiName, item.ApiName, list));
        }
        else
        {
            _uses[existing] = _uses[existing] with { Values = [.. _uses[existing].Values, .. list] };
        }
    }

    /// <summary>The misses of each use: its values (repeats included) that match no row in the caller's row scope of that
    /// resource.</summary>
    public async Task<IReadOnlyList<int>> CountMissesAsync(
        IDatasetReader reader,
        DataCatalog catalog,
        Func<CatalogResource, FilterNode?> scope,
        CancellationToken ct
    )
    {
        var misses = new List<int>(_uses.Count);
        foreach (var use in _uses)
        {
            var resource = catalog.FindResource(use.Resource)!;
            var found = await reader.CountByAsync(catalog, resource, use.Item, use.Values.Distinct().ToList(), scope(resource), ct);
            var hits = found.Where(f => f.Value > 0).Select(f => ItemValues.Canonical(f.Key)).ToHashSet(StringComparer.Ordinal);
            misses.Add(use.Values.Count(v => !hits.Contains(ItemValues.Canonical(v))));
        }

        return misses;
    }
}
