using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Governance;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a running host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovernanceDbContext>
{
    public SqliteGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGovernanceDbContext>().UseProvider(DatabaseProvider.Sqlite, "Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
public sealed class NpgsqlDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlGovernanceDbContext>
{
    public NpgsqlGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlGovernanceDbContext>().UseProvider(DatabaseProvider.PostgreSql, "Host=localhost").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQL Server context without a server.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerGovernanceDbContext>
{
    public SqlServerGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerGovernanceDbContext>().UseProvider(DatabaseProvider.SqlServer, "Server=localhost;TrustServerCertificate=True").Options);
}
