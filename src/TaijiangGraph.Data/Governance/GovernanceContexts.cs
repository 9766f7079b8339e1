using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Governance;

/// <summary>Governance contexts on a connection another context opened, so their writes join its transaction (the record intake's
/// governance events, docs/data-in.md).</summary>
internal static class GovernanceContexts
{
    /// <summary>A context (not pooled) on <paramref name="connection"/>, which it does not own; the caller joins the transaction
    /// with <c>Database.UseTransaction</c>.</summary>
    public static GovernanceDbContext On(DatabaseProvider provider, DbConnection connection) =>
        provider switch
        {
            DatabaseProvider.Sqlite => new SqliteGovernanceDbContext(
                new DbContextOptionsBuilder<SqliteGovernanceDbContext>().UseSqlite(connection).Options
            ),
            DatabaseProvider.PostgreSql => new NpgsqlGovernanceDbContext(
                new DbContextOptionsBuilder<NpgsqlGovernanceDbContext>().UseNpgsql(connection).Options
            ),
            DatabaseProvider.SqlServer => new SqlServerGovernanceDbContext(
                new DbContextOptionsBuilder<SqlServerGovernanceDbContext>().UseSqlServer(connection).Options
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
}
