using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Governance;

namespace TaijiangGraph.Data.Catalog;

/// <summary>
/// Publishes a catalog version: validates it against the published one and its publisher's department,
/// builds it (its GraphQL schema) off to the side, migrates the dataset tables additively, records the version
/// with its DDL and its changes (governance event <c>CATALOG_PUBLISHED</c>), and swaps the built version in.
/// A version that cannot be built is never committed, so no node finds a published version it cannot serve.
/// </summary>
public sealed class CatalogPublisher(GovernanceStore store, DatasetMigrator migrator, CatalogState state, ReservedNames reserved)
    : ICatalogPublisher
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <inheritdoc />
    public async Task PublishAsync(DataCatalog catalog, CatalogPublication publication, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var previous = await store.LoadPublishedCatalogAsync(ct);
            CatalogValidator.EnsurePublishable(catalog, previous, publication.Department, reserved);
            var served = state.Build(catalog);
            var applied = await store.LoadDatasetCatalogAsync(ct);
            var sql = await migrator.MigrateAsync(applied, catalog, ct);
            await store.SaveVersionAsync(catalog, CatalogDiff.Between(previous, catalog), publication, sql, ct);
            state.Set(served);
        }
        finally
        {
            _gate.Release();
        }
    }
}
