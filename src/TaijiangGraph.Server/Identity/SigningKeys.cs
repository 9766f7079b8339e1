using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Core.Security;

namespace TaijiangGraph.Server.Identity;

/// <summary>Symmetric signing keys from key-ring material, carrying the key id for rotation, or from the configured
/// <c>Auth:SigningKey</c>.</summary>
internal static class SigningKeys
{
    /// <summary>Fewest bytes of a configured HS256 key (256 bits).</summary>
    public const int MinimumConfiguredKeyBytes = 32;

    public static SymmetricSecurityKey FromKeyRing(KeyMaterial key) => new(key.Secret.ToArray()) { KeyId = key.Id };

    /// <summary>Whether <paramref name="base64"/> (<c>Auth:SigningKey</c>) is base64 of at least <see cref="MinimumConfiguredKeyBytes"/>
    /// bytes.</summary>
    public static bool IsValidConfiguredKey(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) && length >= MinimumConfiguredKeyBytes;
    }
}
