using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Storage;

/// <summary>Points a <see cref="DbContextOptionsBuilder"/> at the configured engine, with sensitive-data logging off.</summary>
public static class ProviderConfiguration
{
    /// <summary>The governance migrations' history table (shared by the three providers' migration sets).</summary>
    public const string MigrationsHistoryTable = "__governance_migrations";

    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string historyTable = MigrationsHistoryTable)
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable(historyTable)),
            DatabaseProvider.PostgreSql => UseRealDates(builder).UseNpgsql(connectionString, o => o.MigrationsHistoryTable(historyTable)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsHistoryTable(historyTable)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return builder.EnableSensitiveDataLogging(false).EnableDetailedErrors(false);
    }

    /// <summary>Stores DateTime.MinValue / MaxValue as real dates rather than ±infinity, so raw SQL and exports agree with the other providers.</summary>
    private static DbContextOptionsBuilder UseRealDates(DbContextOptionsBuilder builder)
    {
        AppContext.SetSwitch("Npgsql.DisableDateTimeInfinityConversions", true);
        return builder;
    }

    public static DbContextOptionsBuilder<TContext> UseProvider<TContext>(this DbContextOptionsBuilder<TContext> builder, DatabaseProvider provider, string connectionString, string historyTable = MigrationsHistoryTable)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)builder).UseProvider(provider, connectionString, historyTable);
        return builder;
    }
}
