using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Publishing;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>A publisher that records what it is asked to publish and publishes nothing.</summary>
internal sealed class FakeCatalogPublisher : ICatalogPublisher
{
    public List<(DataCatalog Catalog, CatalogPublication Publication)> Published { get; } = [];

    public Task PublishAsync(DataCatalog catalog, CatalogPublication publication, CancellationToken ct = default)
    {
        Published.Add((catalog, publication));
        return Task.CompletedTask;
    }
}
