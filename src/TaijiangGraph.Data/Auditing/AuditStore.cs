using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Appends chained records to the audit trail in one transaction per batch, and reads chains back.</summary>
public sealed class AuditStore(IDbContextFactory<AuditDbContext> contexts) : IAuditQueries
{
    /// <summary>A chain head is checkpointed every this many records.</summary>
    public const int CheckpointEvery = 1000;

    /// <summary>The last committed (sequence, HMAC) of a node's chain, or null when it has none.</summary>
    public async Task<(long Sequence, string Hmac)?> LoadHeadAsync(string nodeId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var head = await db
            .Records.AsNoTracking()
            .Where(r => r.NodeId == nodeId)
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hmac })
            .FirstOrDefaultAsync(ct);
        return head is null ? null : (head.Sequence, head.Hmac);
    }

    /// <summary>Commits <paramref name="batch"/> (consecutive records of one chain), its record keys and the checkpoints it
    /// crosses in one transaction, or nothing.</summary>
    public async Task AppendAsync(IReadOnlyList<ChainedAuditRecord> batch, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var appender = await OpenAppenderAsync(ct);
        await appender.AppendAsync(batch, now, ct);
    }

    /// <summary>An appender that keeps its connection open across batches, for the single writer.</summary>
    internal Task<AuditAppender> OpenAppenderAsync(CancellationToken ct) => AuditAppender.OpenAsync(contexts, ct);

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery q, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        IQueryable<AuditRecordRow> rows = db.Records.AsNoTracking().Include(r => r.Keys);
        if (q.VisibleToDepartment is { } own)
        {
            var provided = q.ProvidedResources.ToList();
            rows = rows.Where(r => r.Department == own || (r.Resource != null && provided.Contains(r.Resource)));
        }

        if (q.Department is { } dept)
            rows = rows.Where(r => r.Department == dept);
        if (q.UserId is { } user)
            rows = rows.Where(r => r.UserId == user);
        if (q.Resource is { } resource)
            rows = rows.Where(r => r.Resource == resource);
        if (q.Outcome is { } outcome)
        {
            var text = outcome.ToString().ToUpperInvariant();
            rows = rows.Where(r => r.Outcome == text);
        }

        if (q.Item is { } item)
        {
            var token = "," + item + ",";
            var qualified = "." + item + ",";
            rows = rows.Where(r =>
                ("," + r.ItemsRead + ",").Contains(token)
                || ("," + r.ItemsMasked + ",").Contains(token)
                || ("," + r.ItemsDenied + ",").Contains(token)
                || ("," + r.ItemsFiltered + ",").Contains(token)
                || ("," + r.ItemsFiltered + ",").Contains(qualified)
            ); // REJECTED records name resource.item
        }

        if (q.From is { } from)
        {
            var f = from.UtcDateTime;
            rows = rows.Where(r => r.Time >= f);
        }

        if (q.To is { } to)
        {
            var t = to.UtcDateTime;
            rows = rows.Where(r => r.Time <= t);
        }

        if (q.SignatureHash is { } signature)
            rows = rows.Where(r => r.SignatureHash == signature);
        if (q.KeyHash is { } hash)
            rows = rows.Where(r => r.Keys.Any(k => k.KeyHash == hash));
        if (q.BeforeId is { } before)
            rows = rows.Where(r => r.Id < before);

        var list = await rows.OrderByDescending(r => r.Id).Take(q.Take).ToListAsync(ct);
        return list.Select(r => new AuditEntry(r.Id, AuditRowMapping.ToChained(r))).ToList();
    }

    public async Task<ChainVerification> VerifyAsync(
        ReadOnlyMemory<byte> key,
        DateTimeOffset? from,
        DateTimeOffset? to,
        CancellationToken ct = default
    )
    {
        long checkedCount = 0;
        foreach (var node in await NodesAsync(ct))
        {
            var (previous, expected) = (AuditChain.Genesis, 1L);
            while (true)
            {
                var page = await ReadEntriesAsync(node, expected, 2000, ct);
                if (page.Count == 0)
                {
                    break;
                }

                foreach (var entry in page)
                {
                    var c = entry.Chained;
                    var inRange = (from is null || c.Record.Time >= from) && (to is null || c.Record.Time <= to);
                    string? reason =
                        c.Sequence != expected ? $"sequence {expected} is missing"
                        : c.PreviousHmac != previous ? "the link to the previous record is broken"
                        : AuditChain.ComputeHmac(key.Span, c.NodeId, c.Sequence, c.Record, c.PreviousHmac) != c.Hmac
                            ? "the record's HMAC does not match its content"
                        : null;
                    if (reason is not null)
                    {
                        return new ChainVerification(false, checkedCount, node, c.Sequence, entry.Id, reason);
                    }

                    checkedCount += inRange ? 1 : 0;
                    (previous, expected) = (c.Hmac, c.Sequence + 1);
                }
            }

            var broken = await FirstBadCheckpointAsync(node, ct);
            if (broken is not null)
            {
                return new ChainVerification(false, checkedCount, node, broken, null, "a checkpointed chain head no longer matches");
            }
        }

        return new ChainVerification(true, checkedCount, null, null, null, null);
    }

    private async Task<List<AuditEntry>> ReadEntriesAsync(string nodeId, long fromSequence, int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db
            .Records.AsNoTracking()
            .Include(r => r.Keys)
            .Where(r => r.NodeId == nodeId && r.Sequence >= fromSequence)
            .OrderBy(r => r.Sequence)
            .Take(take)
            .ToListAsync(ct);
        return rows.Select(r => new AuditEntry(r.Id, AuditRowMapping.ToChained(r))).ToList();
    }

    private async Task<long?> FirstBadCheckpointAsync(string nodeId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var bad = await db
            .Checkpoints.AsNoTracking()
            .Where(c => c.NodeId == nodeId)
            .Where(c => !db.Records.Any(r => r.NodeId == c.NodeId && r.Sequence == c.Sequence && r.Hmac == c.Hmac))
            .OrderBy(c => c.Sequence)
            .Select(c => (long?)c.Sequence)
            .FirstOrDefaultAsync(ct);
        return bad;
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
