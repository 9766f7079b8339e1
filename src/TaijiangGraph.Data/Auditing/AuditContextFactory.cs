using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Creates audit-trail contexts of the configured provider on the audit connection string, one per operation, from a pool
/// (<see cref="ProviderContexts"/>).</summary>
public sealed class AuditContextFactory(DatabaseOptions options, ILoggerFactory? logs = null) : IDbContextFactory<AuditDbContext>
{
    /// <summary>The audit migrations' history table (apart from the governance one, since on server databases both share a
    /// database).</summary>
    public const string HistoryTable = "__audit_migrations";

    /// <summary>A trail write waits at most this long (incl. for locks), so a locked trail fails requests closed; the writer goes on with
    /// the next batch (failed records are not retried).</summary>
    public const int CommandTimeoutSeconds = 3;

    private readonly Func<AuditDbContext> _create = ProviderContexts.Creator<
        AuditDbContext,
        SqliteAuditDbContext,
        NpgsqlAuditDbContext,
        SqlServerAuditDbContext
    >(options.Provider, options.AuditTrailConnectionString, HistoryTable, CommandTimeoutSeconds, logs);

    public AuditDbContext CreateDbContext() => _create();
}
