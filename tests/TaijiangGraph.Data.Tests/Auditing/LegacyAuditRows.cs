using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>
/// Format-1 usage records (a hash of the raw document, no signature) written with raw SQL into a trail on the schema
/// before operation signatures, and format-2 records (a signature, no application ids) into a trail on the schema before
/// application ids, chained with the chain key as the writer of that time did.
/// </summary>
internal static class LegacyAuditRows
{
    public const string DocumentHash = "sha256:d6ea0000000000000000000000000000000000000000000000000000000000aa";

    public static AuditRecord Record(int i) =>
        SampleRecords.Read(i) with
        {
            Format = AuditRecord.LegacyFormat,
            Time = new DateTimeOffset(2026, 11, 20, 8, 0, i, TimeSpan.Zero),
            DocumentHash = DocumentHash,
            OperationSignature = null,
            SignatureHash = null,
            ApplicationIds = [],
        };

    /// <summary>The <paramref name="i"/>-th format-2 record: signed, with no document hash and no application ids.</summary>
    public static AuditRecord Signed(int i) =>
        SampleRecords.Read(i) with
        {
            Format = AuditRecord.SignatureFormat,
            Time = new DateTimeOffset(2026, 11, 20, 8, 0, i, TimeSpan.Zero),
            ApplicationIds = [],
        };

    /// <summary>Appends <paramref name="count"/> records of <paramref name="format"/> (1: <see cref="Record"/>, 2:
    /// <see cref="Signed"/>) to <paramref name="nodeId"/>'s chain from genesis; returns the head HMAC.</summary>
    public static async Task<string> AppendAsync(AuditTrailUnderTest trail, string nodeId, int count, int format = AuditRecord.LegacyFormat)
    {
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var r = format == AuditRecord.LegacyFormat ? Record(i) : Signed(i);
            var hmac = AuditChain.ComputeHmac(trail.ChainKey.Span, nodeId, i, r, previous);
            var legacy = format == AuditRecord.LegacyFormat;
            var (signedColumns, signedValues) = legacy
                ? ("", "")
                : ("format, operation_signature, signature_hash, ", "@format, @signature, @signatureHash, ");
            (string, object)[] signed = legacy
                ? []
                : [("@format", r.Format), ("@signature", r.OperationSignature!), ("@signatureHash", r.SignatureHash!)];
            var sql =
                "INSERT INTO audit_records ("
                + signedColumns
                + "node_id, sequence, time, request_id, "
                + "user_id, "
                + "user_name, "
                + "department, "
                + "roles, app, "
                + "client_ip, "
                + "operation_name, "
                + "document_hash, http_method, medium_type, purpose, "
                + "resource, "
                + "items_read, "
                + "items_masked, "
                + "items_denied, "
                + "items_filtered, "
                + "record_count, outcome, "
                + "codes, grant_ids, approvers, "
                + "filter_value_hashes, "
                + "previous_hmac, hmac) "
                + "VALUES ("
                + signedValues
                + "@node, "
                + "@seq, @time, "
                + "@request, @user, "
                + "@userName, @dept, @roles, "
                + "@app, @ip, @op, @doc, @method, @medium, @purpose, "
                + "@resource, @read, "
                + "@masked, "
                + "@denied, "
                + "@filtered, @count, "
                + "@outcome, "
                + "@codes, @grants, @approvers, "
                + "@filterHashes, @previous, @hmac)";
            (string, object)[] values =
            [
                ("@node", nodeId),
                ("@seq", (long)i),
                ("@time", r.Time.UtcDateTime),
                ("@request", r.RequestId),
                ("@user", r.UserId),
                ("@userName", r.UserName),
                ("@dept", r.Department),
                ("@roles", r.Roles),
                ("@app", (object?)r.App ?? DBNull.Value),
                ("@ip", r.ClientIp!),
                ("@op", r.OperationName!),
                ("@doc", r.DocumentHash ?? ""),
                ("@method", r.HttpMethod),
                ("@medium", r.MediumType),
                ("@purpose", r.Purpose!),
                ("@resource", r.Resource!),
                ("@read", Join(r.ItemsRead)),
                ("@masked", Join(r.ItemsMasked)),
                ("@denied", Join(r.ItemsDenied)),
                ("@filtered", Join(r.ItemsFiltered)),
                ("@count", r.RecordCount),
                ("@outcome", r.Outcome.ToString().ToUpperInvariant()),
                ("@codes", Join(r.Codes)),
                ("@grants", Join(r.GrantIds)),
                ("@approvers", Join(r.Approvers)),
                ("@filterHashes", Join(r.FilterValueHashes)),
                ("@previous", previous),
                ("@hmac", hmac),
            ];
            await trail.ExecuteAsync(sql, [.. signed, .. values]);
            foreach (var key in r.RecordKeyHashes)
            {
                await trail.ExecuteAsync(
                    "INSERT INTO audit_record_keys (record_id, resource, "
                        + "key_hash) "
                        + "SELECT id, "
                        + "resource, "
                        + "@key FROM "
                        + "audit_records WHERE node_id = @node AND sequence = @seq",
                    ("@key", key),
                    ("@node", nodeId),
                    ("@seq", (long)i)
                );
            }

            previous = hmac;
        }

        return previous;
    }

    private static string Join(IReadOnlyList<string> values) => string.Join(",", values);
}
