namespace TaijiangGraph.Core.Auditing;

/// <summary>The result of verifying the audit chains: OK, or the first record whose link or HMAC does not verify.</summary>
public sealed record ChainVerification(bool Ok, long Checked, string? NodeId, long? Sequence, long? RecordId, string? Reason);
