using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite audit context without a host.</summary>
public sealed class SqliteAuditDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAuditDbContext>
{
    public SqliteAuditDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAuditDbContext>().UseProvider(DatabaseProvider.Sqlite, "Data Source=design-audit.db", AuditContextFactory.HistoryTable).Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL audit context without a server.</summary>
public sealed class NpgsqlAuditDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlAuditDbContext>
{
    public NpgsqlAuditDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlAuditDbContext>().UseProvider(DatabaseProvider.PostgreSql, "Host=localhost", AuditContextFactory.HistoryTable).Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQL Server audit context without a server.</summary>
public sealed class SqlServerAuditDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAuditDbContext>
{
    public SqlServerAuditDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAuditDbContext>().UseProvider(DatabaseProvider.SqlServer, "Server=localhost;TrustServerCertificate=True", AuditContextFactory.HistoryTable).Options);
}
