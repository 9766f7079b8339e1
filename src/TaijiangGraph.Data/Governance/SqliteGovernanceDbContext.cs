using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Governance;

/// <summary>The governance database on Sqlite; owns the migrations in <c>Governance/Migrations/Sqlite</c>.</summary>
internal sealed class SqliteGovernanceDbContext(DbContextOptions<SqliteGovernanceDbContext> options) : GovernanceDbContext(options);
