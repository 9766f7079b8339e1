namespace TaijiangGraph.Data.Auditing;

/// <summary>A checkpointed chain head (table <c>audit_checkpoints</c>): a node's sequence and HMAC at a moment.</summary>
public sealed class AuditCheckpointRow
{
    public required string NodeId { get; set; }
    public long Sequence { get; set; }
    public required string Hmac { get; set; }
    public DateTime Time { get; set; }
}
