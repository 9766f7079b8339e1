using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Lookups;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Lookups;

namespace TaijiangGraph.Data.Storage;

/// <summary>
/// Registers the governance database, the dataset store, catalog publication, the lookup budget and the audit trail with its writer.
/// A host without a graph serves the catalog alone and reserves no graph names; the graph registers its own
/// <see cref="IServedCatalogBuilder"/> and <see cref="ReservedNames"/>, before or after this call.
/// </summary>
public static class DataStorageServiceCollectionExtensions
{
    public static IServiceCollection AddDataStorage(this IServiceCollection services, DatabaseOptions options, AuditOptions? audit = null)
    {
        services.AddSingleton(options);
        services.AddSingleton(audit ?? new AuditOptions());
        services.AddSingleton<IDbContextFactory<AuditDbContext>>(sp => new AuditContextFactory(options, sp.GetService<ILoggerFactory>()));
        services.AddSingleton<AuditStore>();
        services.AddSingleton<GroupCommitAuditWriter>();
        services.AddSingleton<IAuditSink>(sp => sp.GetRequiredService<GroupCommitAuditWriter>());
        services.AddSingleton<IDbContextFactory<GovernanceDbContext>>(sp => new GovernanceContextFactory(options, sp.GetService<ILoggerFactory>()));
        services.AddSingleton<GovernanceStore>();
        services.AddSingleton<PersistedDocumentRepository>();
        services.AddSingleton<IGrantStore>(sp => sp.GetRequiredService<GovernanceStore>());
        services.AddSingleton<ILookupBudget>(sp => new LookupBudgetStore(
            sp.GetRequiredService<IDbContextFactory<GovernanceDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<LookupBudgetLimits>() ?? new LookupBudgetLimits()));
        services.AddSingleton(sp => new DatasetContextFactory(options, sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(), sp.GetService<ILoggerFactory>()));
        services.AddSingleton<DatasetMigrator>();
        services.AddSingleton<DatasetRecordStore>();
        services.AddSingleton<DatasetReader>();
        services.TryAddSingleton<IServedCatalogBuilder, CatalogOnlyBuilder>();
        services.TryAddSingleton(ReservedNames.None);
        services.AddSingleton<CatalogState>();
        services.AddSingleton<CatalogPublisher>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
