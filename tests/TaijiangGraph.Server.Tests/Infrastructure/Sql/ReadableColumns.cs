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
/// may read raw or masked, the resource's key, and the bookkeeping columns of every read (docs/data-in.md): <c>_deleted_at</c>, which
/// every read compares to hide deleted records (<see cref="DatasetSqlGuard"/> refuses it in a select list), and <c>_version</c> and
/// <c>_changed_at</c>, which <c>recordInfo</c> and <c>updatedSince</c> read for whoever reads the record (they hold no item value).
/// </summary>
/// <remarks>
/// The key is allowed even when the caller may not read it: link and by-key loads use it as the correlation id
/// that matches loaded rows to the values asked for (and the provider-side WHERE), and whether the caller may use
/// the key as a predicate is decided before execution by the data-access validation rule (FORBIDDEN_FILTER), not by
/// the SQL. Its value only reaches a response through the key's own field, whose resolver applies the policy.
/// </remarks>
public static class ReadableColumns
{
    /// <summary>The bookkeeping columns any read of a dataset table may name (none of them an item).</summary>
    public static readonly IReadOnlySet<string> Bookkeeping = new HashSet<string>(StringComparer.Ordinal)
    {
        DatasetNames.DeletedAt,
        DatasetNames.Version,
        DatasetNames.ChangedAt,
    };

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
        columns.UnionWith(Bookkeeping);
        return columns;
    }
}
