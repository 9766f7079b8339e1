using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Governance;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQL Server context without a server.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerGovernanceDbContext>
{
    public SqlServerGovernanceDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<SqlServerGovernanceDbContext>()
                .UseProvider(DatabaseProvider.SqlServer, "Server=localhost;TrustServerCertificate=True")
                .Options
        );
}
