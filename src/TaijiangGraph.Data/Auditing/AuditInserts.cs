using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Auditing;

/// <summary>The trail's three INSERTs, built from the audit context's model: a record (returning its id), one of its keys, a
/// checkpoint.</summary>
internal sealed class AuditInserts(AuditDbContext db)
{
    public ModelRowInsert<AuditRecordRow> Record { get; } = ModelRowInsert<AuditRecordRow>.For(db, returnKey: true);

    public ModelRowInsert<AuditRecordKeyRow> Key { get; } = ModelRowInsert<AuditRecordKeyRow>.For(db, returnKey: false);

    public ModelRowInsert<AuditCheckpointRow> Checkpoint { get; } = ModelRowInsert<AuditCheckpointRow>.For(db, returnKey: false);
}
