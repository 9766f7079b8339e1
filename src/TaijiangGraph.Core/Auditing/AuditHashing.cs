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
}
