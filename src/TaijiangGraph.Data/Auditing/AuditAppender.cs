using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Auditing;

/// <summary>
/// Appends batches of chained records to the trail, each batch in one transaction with its record keys and the chain-head
/// checkpoints it crosses (docs/audit.md). An appender holds one open connection from one pooled context across batches and is
/// used by one writer at a time; after a failed append, dispose it and open another (the failed transaction rolled back).
/// SQLite and PostgreSQL insert with prepared ADO.NET commands built from the EF model; SQL Server keeps EF change tracking.
/// </summary>
internal abstract class AuditAppender(AuditDbContext db) : IAsyncDisposable
{
    protected AuditDbContext Db { get; } = db;

    public static async Task<AuditAppender> OpenAsync(IDbContextFactory<AuditDbContext> contexts, CancellationToken ct)
    {
        var db = await contexts.CreateDbContextAsync(ct);
        try
        {
            if (db.Database.IsSqlite())
            {
                await db.Database.OpenConnectionAsync(ct);
                return new SqliteAuditAppender(db);
            }

            if (db.Database.IsNpgsql())
            {
                await db.Database.OpenConnectionAsync(ct);
                return new NpgsqlAuditAppender(db);
            }

            return new EfAuditAppender(db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Commits <paramref name="batch"/> (consecutive records of one chain) and its checkpoints, or nothing.</summary>
    public abstract Task AppendAsync(IReadOnlyList<ChainedAuditRecord> batch, DateTimeOffset now, CancellationToken ct);

    public virtual ValueTask DisposeAsync() => Db.DisposeAsync();

    /// <summary>The checkpoint rows of the chain heads in <paramref name="batch"/> (every
    /// <see cref="AuditStore.CheckpointEvery"/>-th sequence).</summary>
    protected static IEnumerable<AuditCheckpointRow> Checkpoints(IReadOnlyList<ChainedAuditRecord> batch, DateTimeOffset now) =>
        batch
            .Where(c => c.Sequence % AuditStore.CheckpointEvery == 0)
            .Select(c => new AuditCheckpointRow
            {
                NodeId = c.NodeId,
                Sequence = c.Sequence,
                Hmac = c.Hmac,
                Time = now.UtcDateTime,
            });
}
