using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Auditing;

/// <summary>The audit trail on SqlServer; owns the migrations in <c>Auditing/Migrations/SqlServer</c>.</summary>
internal sealed class SqlServerAuditDbContext(DbContextOptions<SqlServerAuditDbContext> options) : AuditDbContext(options);
