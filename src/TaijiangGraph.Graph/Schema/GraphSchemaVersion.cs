using GraphQL.Types;

namespace TaijiangGraph.Graph.Schema;

/// <summary>A built schema together with the catalog version it was built from (the document cache's key).</summary>
public sealed record GraphSchemaVersion(int CatalogVersion, ISchema Schema, Core.Catalog.DataCatalog Catalog);
