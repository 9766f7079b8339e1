using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TaijiangGraph.Core.Auditing;

/// <summary>
/// The tamper-evident chain: each record's HMAC covers its canonical content, its node and sequence, and
/// its predecessor's HMAC, with a key that lives in the key ring (not in the database). Changing, removing
/// or inserting a record, or recomputing one without the key, breaks the chain at that record.
/// </summary>
public static class AuditChain
{
    /// <summary>The predecessor of a chain's first record.</summary>
    public const string Genesis = "genesis";

    public static string ComputeHmac(ReadOnlySpan<byte> key, string nodeId, long sequence, AuditRecord r, string previousHmac) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Canonical(nodeId, sequence, r, previousHmac))));

    /// <summary>The first record whose HMAC or link does not verify, or null when the sequence verifies.</summary>
    public static ChainedAuditRecord? FirstBroken(
        ReadOnlySpan<byte> key,
        IEnumerable<ChainedAuditRecord> records,
        string? expectedPrevious = null,
        long? expectedSequence = null
    )
    {
        var previous = expectedPrevious;
        var sequence = expectedSequence;
        foreach (var c in records)
        {
            if (
                (previous is not null && c.PreviousHmac != previous)
                || (sequence is not null && c.Sequence != sequence)
                || ComputeHmac(key, c.NodeId, c.Sequence, c.Record, c.PreviousHmac) != c.Hmac
            )
            {
                return c;
            }

            previous = c.Hmac;
            sequence = c.Sequence + 1;
        }

        return null;
    }

    private static string Canonical(string nodeId, long sequence, AuditRecord r, string previousHmac)
    {
        static string L(IReadOnlyList<string> list) => string.Join(",", list);
        var head = new[]
        {
            nodeId,
            sequence.ToString(CultureInfo.InvariantCulture),
            previousHmac,
            r.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            r.RequestId,
            r.UserId,
            r.UserName,
            r.Department,
            r.Roles,
            r.App ?? "",
            r.ClientIp ?? "",
            r.OperationName ?? "",
        };
        // Format 1 is the input as it was before formats existed; any later format names itself first, so a record
        // whose stored format was changed no longer verifies.
        var how =
            r.Format == AuditRecord.LegacyFormat
                ? [r.DocumentHash ?? ""]
                : new[] { "format:" + r.Format.ToString(CultureInfo.InvariantCulture), r.OperationSignature ?? "", r.SignatureHash ?? "" };
        var tail = new[]
        {
            r.HttpMethod,
            r.MediumType,
            r.Purpose ?? "",
            r.Resource ?? "",
            L(r.ItemsRead),
            L(r.ItemsMasked),
            L(r.ItemsDenied),
            L(r.ItemsFiltered),
            r.RecordCount.ToString(CultureInfo.InvariantCulture),
            r.Outcome.ToString(),
            L(r.Codes),
            L(r.GrantIds),
            L(r.Approvers),
            L(r.FilterValueHashes),
            L(r.RecordKeyHashes),
        };
        // Format 3 adds the application ids at the end; formats 1 and 2 keep their input exactly as it was written.
        var fields = head.Concat(how).Concat(tail);
        if (r.Format >= AuditRecord.ApplicationFormat)
        {
            fields = fields.Append(L(r.ApplicationIds));
        }

        // Length-prefixed fields: no value can forge a field boundary.
        var sb = new StringBuilder();
        foreach (var f in fields)
        {
            sb.Append(f.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(f).Append('|');
        }

        return sb.ToString();
    }
}
