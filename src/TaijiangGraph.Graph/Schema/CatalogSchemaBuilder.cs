using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Schema;

/// <summary>Builds a catalog version's schema with <see cref="GraphSchemaFactory"/>.</summary>
internal sealed class CatalogSchemaBuilder(GraphSchemaFactory factory) : ICatalogSchemaBuilder
{
    public ISchema Build(DataCatalog catalog) => factory.Create(catalog);
}
