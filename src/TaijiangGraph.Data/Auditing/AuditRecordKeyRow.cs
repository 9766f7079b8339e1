namespace TaijiangGraph.Data.Auditing;

/// <summary>The keyed hash of one record key an audited access returned (table <c>audit_record_keys</c>), indexed for "who read record
/// X".</summary>
public sealed class AuditRecordKeyRow
{
    public long Id { get; set; }
    public long RecordId { get; set; }
    public required string Resource { get; set; }
    public required string KeyHash { get; set; }
}
