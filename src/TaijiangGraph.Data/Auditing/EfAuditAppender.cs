using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Appends through EF change tracking (SQL Server, where the ADO.NET path cannot be run here); the change tracker is
/// cleared after each batch, committed or not.</summary>
internal sealed class EfAuditAppender(AuditDbContext db) : AuditAppender(db)
{
    public override async Task AppendAsync(IReadOnlyList<ChainedAuditRecord> batch, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await using var tx = await Db.Database.BeginTransactionAsync(ct);
            Db.Records.AddRange(batch.Select(AuditRowMapping.ToRow));
            Db.Checkpoints.AddRange(Checkpoints(batch, now));
            await Db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }
}
