namespace TaijiangGraph.Data.Auditing;

/// <summary>A committed usage record (table <c>audit_records</c>); lists are comma-separated. Append-only (database triggers).</summary>
public sealed class AuditRecordRow
{
    public long Id { get; set; }
    public required string NodeId { get; set; }
    public long Sequence { get; set; }

    /// <summary><see cref="TaijiangGraph.Core.Auditing.AuditRecord.Format"/>: 1 for rows written before operation signatures.</summary>
    public int Format { get; set; }
    public DateTime Time { get; set; }
    public required string RequestId { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public required string Department { get; set; }
    public required string Roles { get; set; }
    public string? App { get; set; }
    public string? ClientIp { get; set; }
    public string? OperationName { get; set; }

    /// <summary>Format 1: sha256 of the raw document; empty from format 2 on (the column stays NOT NULL so old rows need no
    /// rebuild).</summary>
    public required string DocumentHash { get; set; }

    public string? OperationSignature { get; set; }
    public string? SignatureHash { get; set; }
    public required string HttpMethod { get; set; }
    public required string MediumType { get; set; }
    public string? Purpose { get; set; }
    public string? Resource { get; set; }
    public required string ItemsRead { get; set; }
    public required string ItemsMasked { get; set; }
    public required string ItemsDenied { get; set; }
    public required string ItemsFiltered { get; set; }
    public int RecordCount { get; set; }
    public required string Outcome { get; set; }
    public required string Codes { get; set; }
    public required string GrantIds { get; set; }
    public required string Approvers { get; set; }

    /// <summary>Format 3 on: the share applications behind <see cref="GrantIds"/>; empty in older rows (the column's default, no
    /// rebuild).</summary>
    public required string ApplicationIds { get; set; }
    public required string FilterValueHashes { get; set; }
    public required string PreviousHmac { get; set; }
    public required string Hmac { get; set; }
    public List<AuditRecordKeyRow> Keys { get; set; } = [];
}
