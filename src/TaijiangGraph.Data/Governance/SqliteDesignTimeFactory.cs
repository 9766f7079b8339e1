using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Governance;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a running host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovernanceDbContext>
{
    public SqliteGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGovernanceDbContext>().UseProvider(DatabaseProvider.Sqlite, "Data Source=design.db").Options);
}
