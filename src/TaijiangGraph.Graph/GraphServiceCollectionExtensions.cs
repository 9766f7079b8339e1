using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Graph;

/// <summary>Registers the schema holder and the executor.</summary>
public static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddTaijiangGraph(this IServiceCollection services)
    {
        services.AddSingleton<SchemaHolder>();
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<GraphExecutor>();
        services.AddSingleton<Caching.DocumentCache>();
        services.AddSingleton<Paging.CursorCodec>();
        services.AddSingleton<DataGraph.MaskingKeys>();
        return services;
    }
}
