using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Auditing;

/// <summary>The audit trail on PostgreSql; owns the migrations in <c>Auditing/Migrations/Npgsql</c>.</summary>
internal sealed class NpgsqlAuditDbContext(DbContextOptions<NpgsqlAuditDbContext> options) : AuditDbContext(options);
