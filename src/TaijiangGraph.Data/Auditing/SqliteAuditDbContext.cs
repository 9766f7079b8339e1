using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Auditing;

/// <summary>The audit trail on Sqlite; owns the migrations in <c>Auditing/Migrations/Sqlite</c>.</summary>
internal sealed class SqliteAuditDbContext(DbContextOptions<SqliteAuditDbContext> options) : AuditDbContext(options);
