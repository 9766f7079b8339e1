namespace TaijiangGraph.Core.Auditing;

/// <summary>
/// An audit record as committed in a writer node's chain: its position (node, sequence), its predecessor's
/// HMAC and its own HMAC over content and predecessor.
/// </summary>
public sealed record ChainedAuditRecord(string NodeId, long Sequence, AuditRecord Record, string PreviousHmac, string Hmac);
