using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Governance;

/// <summary>Creates a governance context of the configured provider, one per operation, from a pool
/// (<see cref="ProviderContexts"/>).</summary>
internal sealed class GovernanceContextFactory(DatabaseOptions options, ILoggerFactory? logs = null)
    : IDbContextFactory<GovernanceDbContext>
{
    private readonly Func<GovernanceDbContext> _create = ProviderContexts.Creator<
        GovernanceDbContext,
        SqliteGovernanceDbContext,
        NpgsqlGovernanceDbContext,
        SqlServerGovernanceDbContext
    >(options.Provider, options.MainConnectionString, ProviderConfiguration.MigrationsHistoryTable, null, logs);

    public GovernanceDbContext CreateDbContext() => _create();
}
