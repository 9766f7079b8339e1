using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQL Server audit context without a server.</summary>
internal sealed class SqlServerAuditDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAuditDbContext>
{
    public SqlServerAuditDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<SqlServerAuditDbContext>()
                .UseProvider(DatabaseProvider.SqlServer, "Server=localhost;TrustServerCertificate=True", AuditContextFactory.HistoryTable)
                .Options
        );
}
