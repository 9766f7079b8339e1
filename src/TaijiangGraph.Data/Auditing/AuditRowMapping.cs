using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Auditing;

/// <summary>
/// Maps chained audit records to rows and back; lists are comma-separated. A column that is not part of a record's format (the
/// document hash after format 1, the application ids before format 3) is stored empty and not read back, as the chain HMAC does not
/// cover it (docs/audit.md).
/// </summary>
internal static class AuditRowMapping
{
    public static AuditRecordRow ToRow(ChainedAuditRecord c)
    {
        var r = c.Record;
        return new AuditRecordRow
        {
            NodeId = c.NodeId,
            Sequence = c.Sequence,
            Format = r.Format,
            Time = r.Time.UtcDateTime,
            RequestId = r.RequestId,
            UserId = r.UserId,
            UserName = r.UserName,
            Department = r.Department,
            Roles = r.Roles,
            App = r.App,
            ClientIp = r.ClientIp,
            OperationName = r.OperationName,
            DocumentHash = r.Format == AuditRecord.LegacyFormat ? r.DocumentHash ?? "" : "",
            OperationSignature = r.OperationSignature,
            SignatureHash = r.SignatureHash,
            HttpMethod = r.HttpMethod,
            MediumType = r.MediumType,
            Purpose = r.Purpose,
            Resource = r.Resource,
            ItemsRead = Join(r.ItemsRead),
            ItemsMasked = Join(r.ItemsMasked),
            ItemsDenied = Join(r.ItemsDenied),
            ItemsFiltered = Join(r.ItemsFiltered),
            RecordCount = r.RecordCount,
            Outcome = r.Outcome.ToString().ToUpperInvariant(),
            Codes = Join(r.Codes),
            GrantIds = Join(r.GrantIds),
            Approvers = Join(r.Approvers),
            ApplicationIds = r.Format >= AuditRecord.ApplicationFormat ? Join(r.ApplicationIds) : "",
            FilterValueHashes = Join(r.FilterValueHashes),
            PreviousHmac = c.PreviousHmac,
            Hmac = c.Hmac,
            Keys = r.RecordKeyHashes.Select(h => new AuditRecordKeyRow { Resource = r.Resource ?? "", KeyHash = h }).ToList(),
        };
    }

    public static ChainedAuditRecord ToChained(AuditRecordRow row) =>
        new(
            row.NodeId,
            row.Sequence,
            new AuditRecord
            {
                Format = row.Format,
                Time = new DateTimeOffset(DateTime.SpecifyKind(row.Time, DateTimeKind.Utc)),
                RequestId = row.RequestId,
                UserId = row.UserId,
                UserName = row.UserName,
                Department = row.Department,
                Roles = row.Roles,
                App = row.App,
                ClientIp = row.ClientIp,
                OperationName = row.OperationName,
                DocumentHash = row.Format == AuditRecord.LegacyFormat ? row.DocumentHash : null,
                OperationSignature = row.OperationSignature,
                SignatureHash = row.SignatureHash,
                HttpMethod = row.HttpMethod,
                MediumType = row.MediumType,
                Purpose = row.Purpose,
                Resource = row.Resource,
                ItemsRead = Split(row.ItemsRead),
                ItemsMasked = Split(row.ItemsMasked),
                ItemsDenied = Split(row.ItemsDenied),
                ItemsFiltered = Split(row.ItemsFiltered),
                RecordCount = row.RecordCount,
                Outcome = Enum.Parse<AuditOutcome>(row.Outcome, ignoreCase: true),
                Codes = Split(row.Codes),
                GrantIds = Split(row.GrantIds),
                Approvers = Split(row.Approvers),
                ApplicationIds = row.Format >= AuditRecord.ApplicationFormat ? Split(row.ApplicationIds) : [],
                FilterValueHashes = Split(row.FilterValueHashes),
                RecordKeyHashes = row.Keys.OrderBy(k => k.Id).Select(k => k.KeyHash).ToList(),
            },
            row.PreviousHmac,
            row.Hmac
        );

    private static string Join(IReadOnlyList<string> values) => string.Join(",", values);

    private static IReadOnlyList<string> Split(string text) => text.Length == 0 ? [] : text.Split(',');
}
