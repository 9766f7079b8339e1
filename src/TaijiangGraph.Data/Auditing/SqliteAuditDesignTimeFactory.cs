using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite audit context without a host.</summary>
internal sealed class SqliteAuditDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAuditDbContext>
{
    public SqliteAuditDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<SqliteAuditDbContext>()
                .UseProvider(DatabaseProvider.Sqlite, "Data Source=design-audit.db", AuditContextFactory.HistoryTable)
                .Options
        );
}
