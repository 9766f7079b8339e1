namespace TaijiangGraph.Core.Auditing;

/// <summary>
/// One usage record (第十九条) of the audit trail: who (user, department, roles, app, client address), why
/// (purpose; grants, their approvers and the share applications behind them), what (resource, items read / masked /
/// denied / used as predicates, record count and keyed hashes of the record keys), when, and how (operation name,
/// operation signature and its hash, HTTP method, medium type) — one per (request, resource), also when the
/// request was rejected, or one for a request that concerns no resource. Raw keys, filter values, conditional
/// values and the literals of the document never appear: keys and filter values only as keyed hashes, the
/// document only as its signature (docs/audit.md).
/// </summary>
public sealed record AuditRecord
{
    /// <summary>Records written before operation signatures: they carry <see cref="DocumentHash"/> and no signature.</summary>
    public const int LegacyFormat = 1;

    /// <summary>Records with <see cref="OperationSignature"/> and <see cref="SignatureHash"/> and no document hash.</summary>
    public const int SignatureFormat = 2;

    /// <summary>Records that also carry <see cref="ApplicationIds"/>: the format of every record written now.</summary>
    public const int ApplicationFormat = 3;

    /// <summary>The record's format, which selects the fields its chain HMAC covers (<see cref="AuditChain"/>).</summary>
    public int Format { get; init; } = ApplicationFormat;

    public required DateTimeOffset Time { get; init; }
    public required string RequestId { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
    public required string Department { get; init; }
    public required string Roles { get; init; }
    public string? App { get; init; }
    public string? ClientIp { get; init; }
    public string? OperationName { get; init; }

    /// <summary>
    /// Format 1 only: sha256 of the raw document text. It gives the document's literals back to anyone who can guess
    /// them, so it is no longer computed; old records keep it only so that their chain HMACs still verify.
    /// </summary>
    public string? DocumentHash { get; init; }

    /// <summary>
    /// The executed operation with every literal replaced by a placeholder, aliases removed, in a stable printed form;
    /// null when the document did not parse or validate, or the request was refused at the HTTP layer.
    /// </summary>
    public string? OperationSignature { get; init; }

    /// <summary><c>sha256:</c> and the hex SHA-256 of <see cref="OperationSignature"/>; null when there is no signature.</summary>
    public string? SignatureHash { get; init; }

    public required string HttpMethod { get; init; }

    /// <summary>介质类型: how the data left the service, e.g. <c>application/graphql-response+json</c>.</summary>
    public required string MediumType { get; init; }

    public string? Purpose { get; init; }

    /// <summary>API name of the resource; null for an operation (executed or rejected) that concerns no resource.</summary>
    public string? Resource { get; init; }

    public IReadOnlyList<string> ItemsRead { get; init; } = [];
    public IReadOnlyList<string> ItemsMasked { get; init; } = [];
    public IReadOnlyList<string> ItemsDenied { get; init; } = [];
    public IReadOnlyList<string> ItemsFiltered { get; init; } = [];
    public int RecordCount { get; init; }
    public required AuditOutcome Outcome { get; init; }
    public IReadOnlyList<string> Codes { get; init; } = [];
    public IReadOnlyList<string> GrantIds { get; init; } = [];
    public IReadOnlyList<string> Approvers { get; init; } = [];

    /// <summary>
    /// 批准人员, with <see cref="GrantIds"/> and <see cref="Approvers"/>: the share applications whose approval created the grants the
    /// access rested on (distinct, ordinal order); a grant stored otherwise (the seed's) has none and adds nothing. From format 3 on;
    /// empty in older records.
    /// </summary>
    public IReadOnlyList<string> ApplicationIds { get; init; } = [];

    /// <summary>Keyed hashes of the filter values used (never the values).</summary>
    public IReadOnlyList<string> FilterValueHashes { get; init; } = [];

    /// <summary>Keyed hashes of the keys of the records returned (never the keys).</summary>
    public IReadOnlyList<string> RecordKeyHashes { get; init; } = [];
}
