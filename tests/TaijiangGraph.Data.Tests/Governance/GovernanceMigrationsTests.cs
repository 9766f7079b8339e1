using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Snapshooter.Xunit;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Tests.Governance;

/// <summary>Each provider's governance migration set matches the model; SQL Server's is checked as generated DDL.</summary>
public sealed class GovernanceMigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=none")]
    [InlineData(DatabaseProvider.SqlServer, "Server=localhost;Database=none;TrustServerCertificate=True")]
    public void Migrations_match_the_model_when_built_for_each_provider(DatabaseProvider provider, string connectionString)
    {
        using var db = new GovernanceContextFactory(
            new DatabaseOptions { Provider = provider, ConnectionString = connectionString }
        ).CreateDbContext();

        Assert.Equal(
            ["Initial", "GovernanceEvents", "PersistedDocuments", "LookupBudget", "ShareApplications", "RecordDeletions"],
            db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..])
        );
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} governance migrations are behind the model: add a migration.");
    }

    [Fact]
    public void SqlServer_migration_script_creates_the_governance_tables()
    {
        using var db = new GovernanceContextFactory(
            new DatabaseOptions
            {
                Provider = DatabaseProvider.SqlServer,
                ConnectionString = "Server=localhost;Database=none;TrustServerCertificate=True",
            }
        ).CreateDbContext();

        var script = db.GetService<IMigrator>().GenerateScript().ReplaceLineEndings("\n");

        Assert.IsType<SqlServerGovernanceDbContext>(db);
        Assert.Contains("CREATE TABLE [__governance_migrations]", script, StringComparison.Ordinal);
        foreach (
            var table in new[]
            {
                "catalog_versions",
                "dataset_migrations",
                "departments",
                "grants",
                "grant_items",
                "persisted_documents",
                "lookup_charges",
                "share_applications",
                "working_years",
                "record_deletion_requests",
            }
        )
        {
            Assert.Contains($"CREATE TABLE [{table}] (", script, StringComparison.Ordinal);
        }

        Assert.Contains("[published_at] datetimeoffset NOT NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[revoked_at] datetimeoffset NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[valid_from] date NOT NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[document] nvarchar(max) NOT NULL,", script, StringComparison.Ordinal);
        Assert.Contains("FOREIGN KEY ([grant_id]) REFERENCES [grants] ([id]) ON DELETE CASCADE", script, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE [grants] ADD [application_id] nvarchar(64) NULL;", script, StringComparison.Ordinal);
        Assert.Contains("[version] int NOT NULL,", script, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO [__governance_migrations]", script, StringComparison.Ordinal);
        Snapshot.Match(script);
    }
}
