using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Core.Security;

namespace TaijiangGraph.Server.Identity;

/// <summary>Symmetric signing keys from key-ring material, carrying the key id for rotation.</summary>
public static class SigningKeys
{
    public static SymmetricSecurityKey FromKeyRing(KeyMaterial key) => new(key.Secret.ToArray()) { KeyId = key.Id };
}
