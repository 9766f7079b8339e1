using System.Security.Cryptography;
using System.Text;

namespace TaijiangGraph.Server.TrustedDocuments;

/// <summary>
/// Persisted-document ids: the lowercase hex sha256 of the document text, written bare (as graphql-codegen's
/// client preset does) or as <c>sha256:&lt;hex&gt;</c>.
/// </summary>
internal static class DocumentIds
{
    private const string Prefix = "sha256:";

    /// <summary>The normalized hash (64 lowercase hex digits) of <paramref name="id"/>, or null when it is not a sha256 id.</summary>
    public static string? Normalize(string? id)
    {
        if (id is null)
        {
            return null;
        }

        var hex = id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? id[Prefix.Length..] : id;
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex.ToLowerInvariant() : null;
    }

    /// <summary>The sha256 hash of <paramref name="document"/>'s UTF-8 bytes, as 64 lowercase hex digits.</summary>
    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
