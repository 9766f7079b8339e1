using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Publishing;

/// <summary>
/// Publishes catalog versions (docs/architecture.md, Publishing a catalog version): validates a version against the
/// published one and its publisher's department, builds it (<see cref="IServedCatalogBuilder"/>) before anything is
/// committed, migrates the dataset tables additively, records it with a <c>CATALOG_PUBLISHED</c> governance event and
/// serves it. Publications on one node run one at a time; either all of this happens or nothing does.
/// </summary>
public interface ICatalogPublisher
{
    /// <exception cref="CatalogInvalidException">The catalog breaks a rule; nothing changes.</exception>
    /// <exception cref="CatalogBuildFailedException">The catalog cannot be built into what a node serves; nothing changes.</exception>
    Task PublishAsync(DataCatalog catalog, CatalogPublication publication, CancellationToken ct = default);
}
