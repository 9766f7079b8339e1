using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Seeding;

namespace TaijiangGraph.Server.Tests.Infrastructure.Sql;

/// <summary>
/// The columns of a dataset table that a read on behalf of a caller may name, decided independently of the
/// server's request pipeline with
/// <see cref="AccessPolicy.DecideAll(Principal, CatalogResource, IReadOnlyList{Grant}, DateTimeOffset)"/> over the sample grants
/// (the grants every test server is seeded with) and any more grants a test declares: the row id, the items the caller
/// may read raw or masked, the resource's key, and the bookkeeping columns of record versions (<c>_version</c>, <c>_changed_at</c>,
/// <c>_deleted_at</c>: no item's value; docs/architecture.md, "Record versions").
/// </summary>
/// <remarks>
/// The key is allowed even when the caller may not read it: link and by-key loads use it as the correlation id
/// that matches loaded rows to the values asked for (and the provider-side WHERE), and whether the caller may use
/// the key as a predicate is decided before execution by the data-access validation rule (FORBIDDEN_FILTER), not by
/// the SQL. Its value only reaches a response through the key's own field, whose resolver applies the policy.
/// </remarks>
public static class ReadableColumns
{
    public static IReadOnlySet<string> For(
        Principal caller,
        CatalogResource resource,
        DateTimeOffset now,
        IReadOnlyList<Grant>? more = null
    )
    {
        var columns = AccessPolicy
            .DecideAll(caller, resource, [.. SampleSeed.Load().Grants, .. more ?? []], now)
            .Where(d => d.Value.IsReadable)
            .Select(d => d.Key)
            .ToHashSet(StringComparer.Ordinal);
        columns.Add(DatasetNames.RowId);
        columns.Add(resource.Key.ApiName);
        columns.UnionWith([DatasetNames.Version, DatasetNames.ChangedAt, DatasetNames.DeletedAt]);
        return columns;
    }
}
