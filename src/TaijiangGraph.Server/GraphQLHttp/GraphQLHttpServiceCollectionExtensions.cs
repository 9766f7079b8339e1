using TaijiangGraph.Server.GraphQLHttp;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GraphQL-over-HTTP endpoint's services.</summary>
internal static class GraphQLHttpServiceCollectionExtensions
{
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddSingleton(GraphQLJson.CreateSerializer());
        services.AddSingleton<GraphQLRequestReader>();
        return services;
    }
}
