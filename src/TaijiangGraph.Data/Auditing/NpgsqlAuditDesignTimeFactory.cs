using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL audit context without a server.</summary>
internal sealed class NpgsqlAuditDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlAuditDbContext>
{
    public NpgsqlAuditDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<NpgsqlAuditDbContext>()
                .UseProvider(DatabaseProvider.PostgreSql, "Host=localhost", AuditContextFactory.HistoryTable)
                .Options
        );
}
