using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Governance;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
internal sealed class NpgsqlDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlGovernanceDbContext>
{
    public NpgsqlGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlGovernanceDbContext>().UseProvider(DatabaseProvider.PostgreSql, "Host=localhost").Options);
}
