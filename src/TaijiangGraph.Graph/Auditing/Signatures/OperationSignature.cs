using System.Security.Cryptography;
using System.Text;

namespace TaijiangGraph.Graph.Auditing.Signatures;

/// <summary>
/// An executed operation as the audit trail records it (docs/audit.md): its signature text — the operation without
/// literals, aliases, its name or unused definitions, in a stable printed form — and <c>sha256:</c> plus the hex
/// SHA-256 of that text. Two requests that differ only in literal values or aliases have the same signature.
/// </summary>
public sealed record OperationSignature(string Text, string Hash)
{
    public static OperationSignature Of(string text) =>
        new(text, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
}
