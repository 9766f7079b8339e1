using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Auditing;

/// <summary>Maps chained audit records to rows and back; lists are comma-separated.</summary>
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
                FilterValueHashes = Split(row.FilterValueHashes),
                RecordKeyHashes = row.Keys.OrderBy(k => k.Id).Select(k => k.KeyHash).ToList(),
            },
            row.PreviousHmac,
            row.Hmac
        );

    private static string Join(IReadOnlyList<string> values) => string.Join(",", values);

    private static IReadOnlyList<string> Split(string text) => text.Length == 0 ? [] : text.Split(',');
}
