namespace TaijiangGraph.Core.Auditing;

/// <summary>
/// One usage record (第十九条) of the audit trail: who (user, department, roles, app, client address), why
/// (purpose; grants and their approvers), what (resource, items read / masked / denied / used as predicates,
/// record count and keyed hashes of the record keys), when, and how (operation, document hash, HTTP method,
/// medium type) — one per (request, resource), or one per rejected request. Raw keys, filter values and
/// conditional values never appear: keys and filter values only as keyed hashes.
/// </summary>
public sealed record AuditRecord
{
    public required DateTimeOffset Time { get; init; }
    public required string RequestId { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
    public required string Department { get; init; }
    public required string Roles { get; init; }
    public string? App { get; init; }
    public string? ClientIp { get; init; }
    public string? OperationName { get; init; }
    public required string DocumentHash { get; init; }
    public required string HttpMethod { get; init; }

    /// <summary>介质类型: how the data left the service, e.g. <c>application/graphql-response+json</c>.</summary>
    public required string MediumType { get; init; }

    public string? Purpose { get; init; }

    /// <summary>API name of the resource; null for a rejected request that concerns none.</summary>
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

    /// <summary>Keyed hashes of the filter values used (never the values).</summary>
    public IReadOnlyList<string> FilterValueHashes { get; init; } = [];

    /// <summary>Keyed hashes of the keys of the records returned (never the keys).</summary>
    public IReadOnlyList<string> RecordKeyHashes { get; init; } = [];
}
