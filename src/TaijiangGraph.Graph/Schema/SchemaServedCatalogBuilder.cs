using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Publishing;

namespace TaijiangGraph.Graph.Schema;

/// <summary>Builds the served version of a catalog: the catalog with its GraphQL schema (<see cref="GraphSchemaVersion"/>).</summary>
internal sealed class SchemaServedCatalogBuilder(ICatalogSchemaBuilder schemas) : IServedCatalogBuilder
{
    public ServedCatalog Build(DataCatalog catalog) => new GraphSchemaVersion(schemas.Build(catalog), catalog);
}
