using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Appends chained records to the audit trail in one transaction per batch, and reads chains back.</summary>
public sealed class AuditStore(IDbContextFactory<AuditDbContext> contexts)
{
    /// <summary>A chain head is checkpointed every this many records.</summary>
    public const int CheckpointEvery = 1000;

    /// <summary>The last committed (sequence, HMAC) of a node's chain, or null when it has none.</summary>
    public async Task<(long Sequence, string Hmac)?> LoadHeadAsync(string nodeId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var head = await db.Records.AsNoTracking().Where(r => r.NodeId == nodeId).OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hmac }).FirstOrDefaultAsync(ct);
        return head is null ? null : (head.Sequence, head.Hmac);
    }

    public async Task AppendAsync(IReadOnlyList<ChainedAuditRecord> batch, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Records.AddRange(batch.Select(AuditRowMapping.ToRow));
        foreach (var c in batch.Where(c => c.Sequence % CheckpointEvery == 0))
        {
            db.Checkpoints.Add(new AuditCheckpointRow { NodeId = c.NodeId, Sequence = c.Sequence, Hmac = c.Hmac, Time = now.UtcDateTime });
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>A node's chain from a sequence on, in order, at most <paramref name="take"/> records.</summary>
    public async Task<IReadOnlyList<ChainedAuditRecord>> ReadChainAsync(string nodeId, long fromSequence, int take, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Records.AsNoTracking().Include(r => r.Keys)
            .Where(r => r.NodeId == nodeId && r.Sequence >= fromSequence).OrderBy(r => r.Sequence).Take(take).ToListAsync(ct);
        return rows.Select(AuditRowMapping.ToChained).ToList();
    }

    public async Task<IReadOnlyList<string>> NodesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Records.AsNoTracking().Select(r => r.NodeId).Distinct().OrderBy(n => n).ToListAsync(ct);
    }

    public async Task<long> CountAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Records.LongCountAsync(ct);
    }
}
