using System.Security.Cryptography;
using System.Text;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>Expected signature hashes, computed here independently of the server's printer: <c>sha256:</c> and the hex SHA-256 of the
/// text.</summary>
public static class Signatures
{
    public static string HashOf(string signature) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signature)));
}
