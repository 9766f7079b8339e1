using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Governance;

/// <summary>The governance database on PostgreSql; owns the migrations in <c>Governance/Migrations/Npgsql</c>.</summary>
internal sealed class NpgsqlGovernanceDbContext(DbContextOptions<NpgsqlGovernanceDbContext> options) : GovernanceDbContext(options);
