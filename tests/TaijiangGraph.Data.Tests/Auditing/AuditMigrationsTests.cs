using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>Each provider's audit migration set matches the model; SQL Server's is checked as generated DDL.</summary>
public sealed class AuditMigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=none")]
    [InlineData(DatabaseProvider.SqlServer, "Server=localhost;Database=none;TrustServerCertificate=True")]
    public void Migrations_match_the_model_when_built_for_each_provider(DatabaseProvider provider, string connectionString)
    {
        using var db = new AuditContextFactory(
            new DatabaseOptions
            {
                Provider = provider,
                ConnectionString = connectionString,
                AuditConnectionString = connectionString,
            }
        ).CreateDbContext();

        Assert.Equal(
            ["InitialAudit", "OperationSignatures", "ApplicationIds"],
            db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..])
        );
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} audit migrations are behind the model: add a migration.");
    }

    [Fact]
    public void SqlServer_signature_migration_adds_the_columns_and_marks_existing_rows_format_1()
    {
        var script = SqlServerScriptFrom("InitialAudit");

        Assert.Contains("ALTER TABLE [audit_records] ADD [format] int NOT NULL DEFAULT 1;", script, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE [audit_records] ADD [operation_signature] nvarchar(max) NULL;", script, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE [audit_records] ADD [signature_hash] nvarchar(80) NULL;", script, StringComparison.Ordinal);
        Assert.Contains(
            "CREATE INDEX [IX_audit_records_signature_hash_time] ON [audit_records] ([signature_hash], [time]);",
            script,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("UPDATE", script, StringComparison.Ordinal); // the append-only trigger refuses updates
        Assert.DoesNotContain("document_hash", script, StringComparison.Ordinal); // old rows keep their document hash as written
    }

    [Fact]
    public void SqlServer_application_ids_migration_adds_the_column_with_an_empty_default_and_no_update()
    {
        var script = SqlServerScriptFrom("OperationSignatures");

        Assert.Contains(
            "ALTER TABLE [audit_records] ADD [application_ids] nvarchar(max) NOT NULL DEFAULT N'';",
            script,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("UPDATE", script, StringComparison.Ordinal); // the append-only trigger refuses updates
    }

    /// <summary>The SQL Server script of the audit migrations after <paramref name="migration"/> (generated without a
    /// server).</summary>
    private static string SqlServerScriptFrom(string migration)
    {
        const string connectionString = "Server=localhost;Database=none;TrustServerCertificate=True";
        using var db = new AuditContextFactory(
            new DatabaseOptions
            {
                Provider = DatabaseProvider.SqlServer,
                ConnectionString = connectionString,
                AuditConnectionString = connectionString,
            }
        ).CreateDbContext();
        Assert.IsType<SqlServerAuditDbContext>(db);
        return db.GetService<IMigrator>().GenerateScript(fromMigration: migration).ReplaceLineEndings("\n");
    }
}
