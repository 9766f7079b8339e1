using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace TaijiangGraph.Data.Storage;

/// <summary>Builds, once, the options of a context whose migrations differ per provider, and returns how to create one.</summary>
internal static class ProviderContexts
{
    public static Func<TBase> Creator<TBase, TSqlite, TNpgsql, TSqlServer>(
        DatabaseProvider provider,
        string connectionString,
        string historyTable,
        int? commandTimeoutSeconds,
        ILoggerFactory? logs,
        Func<DbContextOptions<TSqlite>, TSqlite> sqlite,
        Func<DbContextOptions<TNpgsql>, TNpgsql> npgsql,
        Func<DbContextOptions<TSqlServer>, TSqlServer> sqlServer
    )
        where TBase : DbContext
        where TSqlite : TBase
        where TNpgsql : TBase
        where TSqlServer : TBase
    {
        DbContextOptions<T> Options<T>()
            where T : DbContext =>
            new DbContextOptionsBuilder<T>()
                .UseProvider(provider, connectionString, historyTable, commandTimeoutSeconds)
                .UseLoggerFactory(logs)
                .Options;

        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var s = Options<TSqlite>();
                return () => sqlite(s);
            case DatabaseProvider.PostgreSql:
                var n = Options<TNpgsql>();
                return () => npgsql(n);
            case DatabaseProvider.SqlServer:
                var m = Options<TSqlServer>();
                return () => sqlServer(m);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }
}
