using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace TaijiangGraph.Data.Storage;

/// <summary>
/// Builds, once, the options of a context whose migrations differ per provider, and returns how to create one. Contexts come
/// from a pool (<see cref="PooledDbContextFactory{TContext}"/>): disposing one returns it, reset, for the next operation. The
/// provider subclasses therefore take only their options and keep no state of their own between operations.
/// </summary>
internal static class ProviderContexts
{
    public static Func<TBase> Creator<TBase, TSqlite, TNpgsql, TSqlServer>(
        DatabaseProvider provider,
        string connectionString,
        string historyTable,
        int? commandTimeoutSeconds,
        ILoggerFactory? logs
    )
        where TBase : DbContext
        where TSqlite : TBase
        where TNpgsql : TBase
        where TSqlServer : TBase
    {
        Func<TBase> Pooled<T>()
            where T : TBase
        {
            var pool = new PooledDbContextFactory<T>(
                new DbContextOptionsBuilder<T>()
                    .UseProvider(provider, connectionString, historyTable, commandTimeoutSeconds)
                    .UseLoggerFactory(logs)
                    .Options
            );
            return () => pool.CreateDbContext();
        }

        return provider switch
        {
            DatabaseProvider.Sqlite => Pooled<TSqlite>(),
            DatabaseProvider.PostgreSql => Pooled<TNpgsql>(),
            DatabaseProvider.SqlServer => Pooled<TSqlServer>(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}
