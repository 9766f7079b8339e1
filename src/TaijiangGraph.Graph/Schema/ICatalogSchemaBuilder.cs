using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Schema;

/// <summary>Builds and initializes the GraphQL schema of one catalog version (by default <see cref="GraphSchemaFactory"/>).</summary>
internal interface ICatalogSchemaBuilder
{
    /// <exception cref="Exception">Any failure: the version cannot be served, and is neither published nor swapped in.</exception>
    ISchema Build(DataCatalog catalog);
}
