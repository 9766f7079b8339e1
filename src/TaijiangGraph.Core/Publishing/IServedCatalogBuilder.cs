using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Publishing;

/// <summary>
/// Builds what a node needs to serve a catalog version (the graph registers one that builds the GraphQL schema).
/// A version is built before it is committed and before it is swapped in: a catalog that cannot be built is never
/// published, and a node that cannot build a version published elsewhere keeps serving the one it has.
/// </summary>
public interface IServedCatalogBuilder
{
    /// <summary>Builds <paramref name="catalog"/> off to the side; serves nothing.</summary>
    /// <exception cref="Exception">Any failure to build: the version cannot be served.</exception>
    ServedCatalog Build(DataCatalog catalog);
}
