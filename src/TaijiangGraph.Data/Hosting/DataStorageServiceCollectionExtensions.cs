using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Governance;
using TaijiangGraph.Core.Lookups;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Hosting;
using TaijiangGraph.Data.Intake;
using TaijiangGraph.Data.Keys;
using TaijiangGraph.Data.Lookups;
using TaijiangGraph.Data.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the governance database, the dataset store, catalog publication, the lookup budget, the key ring and the
/// audit trail with its writer, each also as the Core port the graph uses (<see cref="IDatasetReader"/>,
/// <see cref="IAuditQueries"/>, <see cref="IRecordIntake"/>, <see cref="IGovernanceEvents"/>, <see cref="IGrantStore"/>,
/// <see cref="ICatalogState"/>, <see cref="ICatalogPublisher"/>): one instance behind the concrete type and its ports. A host
/// without a graph serves the catalog alone and reserves no graph names; the graph registers its own
/// <see cref="IServedCatalogBuilder"/> and <see cref="ReservedNames"/>, before or after this call.
/// </summary>
public static class DataStorageServiceCollectionExtensions
{
    /// <summary>
    /// The data services, with their settings from <see cref="IOptions{TOptions}"/> of <see cref="DatabaseOptions"/>,
    /// <see cref="AuditOptions"/>, <see cref="SeedOptions"/> and <see cref="KeyRingOptions"/> (the host binds and
    /// validates them; unbound, the defaults). The settings objects themselves are registered as those options' values,
    /// so classes take plain settings. The host may register its own <see cref="TimeProvider"/> and <see cref="IKeyRing"/>.
    /// </summary>
    public static IServiceCollection AddDataStorage(this IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<AuditOptions>>().Value);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SeedOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKeyRing>(sp => new FileKeyRing(
            sp.GetRequiredService<DatabaseOptions>().DataFolder,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<KeyRingOptions>>().Value.Path
        ));
        services.AddSingleton<IDbContextFactory<AuditDbContext>>(sp => new AuditContextFactory(
            sp.GetRequiredService<DatabaseOptions>(),
            sp.GetService<ILoggerFactory>()
        ));
        services.AddSingleton<AuditStore>();
        services.AddSingleton<IAuditQueries>(sp => sp.GetRequiredService<AuditStore>());
        services.AddSingleton<GroupCommitAuditWriter>();
        services.AddSingleton<IAuditSink>(sp => sp.GetRequiredService<GroupCommitAuditWriter>());
        services.AddSingleton<IDbContextFactory<GovernanceDbContext>>(sp => new GovernanceContextFactory(
            sp.GetRequiredService<DatabaseOptions>(),
            sp.GetService<ILoggerFactory>()
        ));
        services.AddSingleton<GovernanceStore>();
        services.AddSingleton<PersistedDocumentRepository>();
        services.AddSingleton<ShareApplicationStore>();
        services.AddSingleton<IShareApplicationStore>(sp => sp.GetRequiredService<ShareApplicationStore>());
        services.AddSingleton<IWorkingCalendarStore>(sp => sp.GetRequiredService<ShareApplicationStore>());
        services.AddSingleton<IGrantStore>(sp => sp.GetRequiredService<GovernanceStore>());
        services.AddSingleton<IGovernanceEvents>(sp => sp.GetRequiredService<GovernanceStore>());
        services.AddSingleton<ILookupBudget>(sp => new LookupBudgetStore(
            sp.GetRequiredService<IDbContextFactory<GovernanceDbContext>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<LookupBudgetLimits>() ?? new LookupBudgetLimits()
        ));
        services.AddSingleton(sp => new DatasetContextFactory(
            sp.GetRequiredService<DatabaseOptions>(),
            sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(),
            sp.GetService<ILoggerFactory>()
        ));
        services.AddSingleton<DatasetMigrator>();
        services.AddSingleton<DatasetRecordStore>();
        services.AddSingleton<DatasetBulkWriter>();
        services.AddSingleton<DatasetRecordWriter>();
        services.AddSingleton<IDatasetRecordWriter>(sp => sp.GetRequiredService<DatasetRecordWriter>());
        services.AddSingleton<IRecordIntake, RecordIntake>();
        services.AddSingleton<IRecordDeletionStore, RecordDeletionStore>();
        services.AddSingleton<DatasetReader>();
        services.AddSingleton<IDatasetReader>(sp => sp.GetRequiredService<DatasetReader>());
        services.TryAddSingleton<IServedCatalogBuilder, CatalogOnlyBuilder>();
        services.TryAddSingleton(ReservedNames.None);
        services.AddSingleton<CatalogState>();
        services.AddSingleton<ICatalogState>(sp => sp.GetRequiredService<CatalogState>());
        services.AddSingleton<CatalogPublisher>();
        services.AddSingleton<ICatalogPublisher>(sp => sp.GetRequiredService<CatalogPublisher>());
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>The data services on fixed settings (no configuration), e.g. for tests and tools.</summary>
    public static IServiceCollection AddDataStorage(this IServiceCollection services, DatabaseOptions options, AuditOptions? audit = null)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(audit ?? new AuditOptions()));
        return services.AddDataStorage();
    }
}
