using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Publishing;

/// <summary>
/// One catalog version ready to serve, together with everything built from it (the graph's subclass adds the
/// GraphQL schema). Immutable: <see cref="ICatalogState"/> hands out one reference, swapped whole, so a reader sees the
/// catalog and what was built from it at one version, never half of a change (docs/architecture.md, Publishing a catalog version).
/// </summary>
/// <param name="Catalog">The catalog version.</param>
public record ServedCatalog(DataCatalog Catalog)
{
    /// <summary>The catalog version number.</summary>
    public int Version => Catalog.Version;
}
