using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Graph;

/// <summary>
/// Registers the schema holder, the schema builder of catalog versions (<see cref="ICatalogSchemaBuilder"/>, which a
/// host may decorate), the names the schema reserves beside the catalog, and the executor.
/// </summary>
public static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddTaijiangGraph(this IServiceCollection services)
    {
        services.AddSingleton<ICatalogSchemaBuilder, CatalogSchemaBuilder>();
        services.AddSingleton<IServedCatalogBuilder, SchemaServedCatalogBuilder>();
        services.AddSingleton(_ => SchemaReservedNames.Derive());
        services.AddSingleton<SchemaHolder>();
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<GraphExecutor>();
        services.AddSingleton<Caching.DocumentCache>();
        services.AddSingleton<Paging.CursorCodec>();
        services.AddSingleton<DataGraph.MaskingKeys>();
        return services;
    }
}
