using Microsoft.Extensions.Options;
using TaijiangGraph.Core.Lookups;
using TaijiangGraph.Graph.Limits;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the query limits used by the executor and the HTTP endpoint, and the lookup budget's limits.</summary>
public static class QueryLimitsServiceCollectionExtensions
{
    /// <summary>
    /// The limits from <see cref="IOptions{TOptions}"/> of <see cref="QueryLimitsOptions"/> (the host binds and validates
    /// the <c>Limits</c> section; unbound, the defaults); the options object itself is registered as that value.
    /// </summary>
    public static IServiceCollection AddQueryLimits(this IServiceCollection services)
    {
        services.AddOptions();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<QueryLimitsOptions>>().Value);
        services.AddSingleton<QueryLimits>();
        services.AddSingleton(sp => LookupLimits(sp.GetRequiredService<QueryLimitsOptions>()));
        return services;
    }

    private static LookupBudgetLimits LookupLimits(QueryLimitsOptions o) =>
        new(o.LookupMissesPerUserPerDay, o.LookupMissesPerAppPerDay, o.LookupMissesPerDepartmentPerDay);
}
