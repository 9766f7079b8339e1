using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TaijiangGraph.Core.Auditing;

/// <summary>
/// Keyed hashes for the audit trail: record keys and filter values are stored only as
/// HMAC-SHA256(audit-hash key, resource + ":" + value), so "who read record X" is an exact-match query for
/// whoever supplies X, and the trail itself discloses nothing.
/// </summary>
public static class AuditHashing
{
    public static string Hash(ReadOnlySpan<byte> key, string resource, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(resource + ":" + value)));

    /// <summary>The hash of a stored value (e.g. a record key) through its <see cref="Canonical"/> text: the same hash the audit
    /// trail keeps for the key of a record it returned.</summary>
    public static string HashValue(ReadOnlySpan<byte> key, string resource, object? value) => Hash(key, resource, Canonical(value));

    /// <summary>A stable, culture-free text form of a stored value (for key hashes, cursor and filter signatures).</summary>
    public static string Canonical(object? value) =>
        value switch
        {
            null => "null",
            DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object?>().Select(Canonical)) + "]",
            _ => value.ToString() ?? "",
        };
}
