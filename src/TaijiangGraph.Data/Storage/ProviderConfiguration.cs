using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Storage;

/// <summary>Points a <see cref="DbContextOptionsBuilder"/> at the configured engine, with sensitive-data logging off.</summary>
internal static class ProviderConfiguration
{
    /// <summary>The governance migrations' history table (shared by the three providers' migration sets).</summary>
    public const string MigrationsHistoryTable = "__governance_migrations";

    /// <param name="commandTimeoutSeconds">When set, how long a command may wait (incl. for locks) before it fails.</param>
    public static DbContextOptionsBuilder UseProvider(
        this DbContextOptionsBuilder builder,
        DatabaseProvider provider,
        string connectionString,
        string historyTable = MigrationsHistoryTable,
        int? commandTimeoutSeconds = null
    )
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o =>
                o.MigrationsHistoryTable(historyTable).CommandTimeout(commandTimeoutSeconds)
            ),
            DatabaseProvider.PostgreSql => UseRealDates(builder)
                .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(historyTable).CommandTimeout(commandTimeoutSeconds)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o =>
                o.MigrationsHistoryTable(historyTable).CommandTimeout(commandTimeoutSeconds)
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return builder.EnableSensitiveDataLogging(false).EnableDetailedErrors(false);
    }

    /// <summary>Stores DateTime.MinValue / MaxValue as real dates rather than ±infinity, so raw SQL and exports agree with the other
    /// providers.</summary>
    private static DbContextOptionsBuilder UseRealDates(DbContextOptionsBuilder builder)
    {
        AppContext.SetSwitch("Npgsql.DisableDateTimeInfinityConversions", true);
        return builder;
    }

    public static DbContextOptionsBuilder<TContext> UseProvider<TContext>(
        this DbContextOptionsBuilder<TContext> builder,
        DatabaseProvider provider,
        string connectionString,
        string historyTable = MigrationsHistoryTable,
        int? commandTimeoutSeconds = null
    )
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)builder).UseProvider(provider, connectionString, historyTable, commandTimeoutSeconds);
        return builder;
    }
}
