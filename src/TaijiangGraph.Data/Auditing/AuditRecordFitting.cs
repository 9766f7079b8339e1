using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Auditing;

/// <summary>
/// Cuts a usage record's text fields to the trail's column sizes (<see cref="AuditDbContext"/>) before it is chained, so that one
/// over-long value a caller controls (an operation name, a purpose, a token's name claim) cannot fail, on PostgreSQL or SQL Server,
/// the group commit of every request batched with it. The HMAC covers the record as cut. The operation signature has an
/// unbounded column; its length is bounded by the query limits on the document it is printed from.
/// </summary>
internal static class AuditRecordFitting
{
    public static AuditRecord Fit(AuditRecord r) =>
        r with
        {
            RequestId = Cut(r.RequestId, 64),
            UserId = Cut(r.UserId, 128),
            UserName = Cut(r.UserName, 128),
            Department = Cut(r.Department, 32),
            Roles = Cut(r.Roles, 128),
            App = CutOrNull(r.App, 128),
            ClientIp = CutOrNull(r.ClientIp, 64),
            OperationName = CutOrNull(r.OperationName, 256),
            DocumentHash = CutOrNull(r.DocumentHash, 80),
            SignatureHash = CutOrNull(r.SignatureHash, 80),
            HttpMethod = Cut(r.HttpMethod, 8),
            MediumType = Cut(r.MediumType, 64),
            Purpose = CutOrNull(r.Purpose, 200),
            Resource = CutOrNull(r.Resource, 63),
        };

    private static string? CutOrNull(string? value, int max) => value is null ? null : Cut(value, max);

    /// <summary>At most <paramref name="max"/> UTF-16 units, never half of a surrogate pair.</summary>
    private static string Cut(string value, int max) =>
        value.Length <= max ? value : value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)];
}
