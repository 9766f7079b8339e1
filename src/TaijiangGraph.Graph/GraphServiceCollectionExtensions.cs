using GraphQL;
using TaijiangGraph.Graph.Caching;
using TaijiangGraph.Graph.DataGraph;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Schema;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the schema factory and holder, and the executor.</summary>
public static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddTaijiangGraph(this IServiceCollection services)
    {
        services.AddSingleton<GraphSchemaFactory>();
        services.AddSingleton<SchemaHolder>();
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<GraphExecutor>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<CursorCodec>();
        services.AddSingleton<MaskingKeys>();
        return services;
    }
}
