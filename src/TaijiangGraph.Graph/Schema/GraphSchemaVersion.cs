using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Publishing;

namespace TaijiangGraph.Graph.Schema;

/// <summary>
/// A built schema together with the catalog version it was built from (the document cache's key): the one
/// immutable object a node serves (<see cref="ICatalogState.Served"/>), so catalog and schema change together.
/// </summary>
public sealed record GraphSchemaVersion(ISchema Schema, DataCatalog Catalog) : ServedCatalog(Catalog)
{
    /// <summary>The catalog version the schema was built from.</summary>
    public int CatalogVersion => Version;
}
