using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Creates audit-trail contexts of the configured provider on the audit connection string, one per operation.</summary>
public sealed class AuditContextFactory : IDbContextFactory<AuditDbContext>
{
    /// <summary>The audit migrations' history table (apart from the governance one, since on server databases both share a database).</summary>
    public const string HistoryTable = "__audit_migrations";

    /// <summary>A trail write waits at most this long (incl. for locks), so a locked trail fails requests closed and the writer retries.</summary>
    public const int CommandTimeoutSeconds = 3;

    private readonly Func<AuditDbContext> _create;

    public AuditContextFactory(DatabaseOptions options)
    {
        var cs = options.AuditTrailConnectionString;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteAuditDbContext>().UseProvider(options.Provider, cs, HistoryTable, CommandTimeoutSeconds).Options;
                _create = () => new SqliteAuditDbContext(sqlite);
                break;
            case DatabaseProvider.PostgreSql:
                var npgsql = new DbContextOptionsBuilder<NpgsqlAuditDbContext>().UseProvider(options.Provider, cs, HistoryTable, CommandTimeoutSeconds).Options;
                _create = () => new NpgsqlAuditDbContext(npgsql);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerAuditDbContext>().UseProvider(options.Provider, cs, HistoryTable, CommandTimeoutSeconds).Options;
                _create = () => new SqlServerAuditDbContext(sqlServer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
    }

    public AuditDbContext CreateDbContext() => _create();
}
