using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Governance;

/// <summary>Creates a governance context of the configured provider, one per operation.</summary>
public sealed class GovernanceContextFactory : IDbContextFactory<GovernanceDbContext>
{
    private readonly Func<GovernanceDbContext> _create;

    public GovernanceContextFactory(DatabaseOptions options)
    {
        var cs = options.MainConnectionString;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteGovernanceDbContext>().UseProvider(options.Provider, cs).Options;
                _create = () => new SqliteGovernanceDbContext(sqlite);
                break;
            case DatabaseProvider.PostgreSql:
                var npgsql = new DbContextOptionsBuilder<NpgsqlGovernanceDbContext>().UseProvider(options.Provider, cs).Options;
                _create = () => new NpgsqlGovernanceDbContext(npgsql);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerGovernanceDbContext>().UseProvider(options.Provider, cs).Options;
                _create = () => new SqlServerGovernanceDbContext(sqlServer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
    }

    public GovernanceDbContext CreateDbContext() => _create();
}
