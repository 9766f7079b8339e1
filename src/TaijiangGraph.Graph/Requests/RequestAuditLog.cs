using System.Collections.Concurrent;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Filtering;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Requests;

/// <summary>
/// Collects, while one GraphQL operation is validated and executed, what it does with each resource.
/// Record keys and filter values are hashed on arrival with the audit-hash key; raw values are never kept.
/// </summary>
public sealed class RequestAuditLog(ReadOnlyMemory<byte> hashKey)
{
    private readonly ConcurrentDictionary<string, ResourceAccessLog> _resources = new(StringComparer.Ordinal);

    /// <summary>The resources touched, in name order.</summary>
    public IReadOnlyList<ResourceAccessLog> Resources => _resources.Values.OrderBy(r => r.Resource, StringComparer.Ordinal).ToList();

    public ResourceAccessLog For(CatalogResource resource) => _resources.GetOrAdd(resource.ApiName, name => new ResourceAccessLog(name));

    public void Predicate(CatalogResource resource, ItemCondition condition)
    {
        var values = condition.Value is System.Collections.IList list ? list.Cast<object?>() : [condition.Value];
        For(resource).Predicate(condition.Item, values.Select(v => Hash(resource, v)));
    }

    public void Rows(CatalogResource resource, IEnumerable<DatasetRow> rows)
    {
        var log = For(resource);
        foreach (var row in rows)
        {
            var key = row[resource.Key.ApiName];
            log.Row(row.RowId, key is null ? null : Hash(resource, key));
        }
    }

    private string Hash(CatalogResource resource, object? value) =>
        AuditHashing.Hash(hashKey.Span, resource.ApiName, ItemValues.Canonical(value));
}
