using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Lookups;

namespace TaijiangGraph.Graph.Limits;

/// <summary>Registers the query limits used by the executor and the HTTP endpoint, and the lookup budget's limits.</summary>
public static class QueryLimitsServiceCollectionExtensions
{
    public static IServiceCollection AddQueryLimits(this IServiceCollection services, QueryLimitsOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<QueryLimits>();
        services.AddSingleton(new LookupBudgetLimits(options.LookupMissesPerUserPerDay, options.LookupMissesPerAppPerDay, options.LookupMissesPerDepartmentPerDay));
        return services;
    }
}
