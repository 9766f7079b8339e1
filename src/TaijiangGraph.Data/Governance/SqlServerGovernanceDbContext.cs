using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Governance;

/// <summary>The governance database on SqlServer; owns the migrations in <c>Governance/Migrations/SqlServer</c>.</summary>
internal sealed class SqlServerGovernanceDbContext(DbContextOptions<SqlServerGovernanceDbContext> options) : GovernanceDbContext(options);
