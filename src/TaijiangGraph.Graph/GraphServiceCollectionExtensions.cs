using GraphQL;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Graph.Caching;
using TaijiangGraph.Graph.DataGraph;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Schema;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the schema factory, the schema builder of catalog versions (<see cref="ICatalogSchemaBuilder"/>, which a
/// host may decorate), the names the schema reserves beside the catalog, the schema holder and the executor.
/// </summary>
public static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddTaijiangGraph(this IServiceCollection services)
    {
        services.AddSingleton<GraphSchemaFactory>();
        // The schema's publishCatalog uses the publisher, and the publisher builds schemas (and takes the reserved
        // names derived from one): the factory takes the publisher lazily, at the first publication.
        services.AddSingleton(sp => new Lazy<ICatalogPublisher>(sp.GetRequiredService<ICatalogPublisher>));
        services.AddSingleton<ICatalogSchemaBuilder, CatalogSchemaBuilder>();
        services.AddSingleton<IServedCatalogBuilder, SchemaServedCatalogBuilder>();
        services.AddSingleton(sp => SchemaReservedNames.Derive(sp.GetRequiredService<GraphSchemaFactory>()));
        services.AddSingleton<SchemaHolder>();
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<GraphExecutor>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<CursorCodec>();
        services.AddSingleton<RecordHandles>();
        services.AddSingleton<MaskingKeys>();
        return services;
    }
}
