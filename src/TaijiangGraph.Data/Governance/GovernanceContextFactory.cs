using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Governance;

/// <summary>Creates a governance context of the configured provider, one per operation.</summary>
internal sealed class GovernanceContextFactory(DatabaseOptions options, ILoggerFactory? logs = null)
    : IDbContextFactory<GovernanceDbContext>
{
    private readonly Func<GovernanceDbContext> _create = ProviderContexts.Creator<
        GovernanceDbContext,
        SqliteGovernanceDbContext,
        NpgsqlGovernanceDbContext,
        SqlServerGovernanceDbContext
    >(
        options.Provider,
        options.MainConnectionString,
        ProviderConfiguration.MigrationsHistoryTable,
        null,
        logs,
        o => new SqliteGovernanceDbContext(o),
        o => new NpgsqlGovernanceDbContext(o),
        o => new SqlServerGovernanceDbContext(o)
    );

    public GovernanceDbContext CreateDbContext() => _create();
}
