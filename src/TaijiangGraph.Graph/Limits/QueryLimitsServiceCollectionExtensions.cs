using Microsoft.Extensions.DependencyInjection;

namespace TaijiangGraph.Graph.Limits;

/// <summary>Registers the query limits used by the executor and the HTTP endpoint.</summary>
public static class QueryLimitsServiceCollectionExtensions
{
    public static IServiceCollection AddQueryLimits(this IServiceCollection services, QueryLimitsOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<QueryLimits>();
        return services;
    }
}
