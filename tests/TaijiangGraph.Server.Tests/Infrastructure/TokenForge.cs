using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>Hand-crafted JWTs for the authentication tests: any key, issuer, audience, window, or no signature at all.</summary>
public static class TokenForge
{
    /// <summary>An HS256 token with the claims of a user of <paramref name="dept"/> holding <paramref name="roles"/> (default:
    /// department).</summary>
    public static string Signed(
        SecurityKey key,
        string issuer,
        string audience,
        DateTimeOffset notBefore,
        DateTimeOffset expires,
        string dept = "TJ-MZ",
        params string[] roles
    )
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = Claims(dept, roles.Length == 0 ? [Roles.Department] : roles),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token: header <c>{"alg":"none","typ":"JWT"}</c>, a valid-looking payload and an empty signature.</summary>
    public static string Unsigned(string issuer, string audience, DateTimeOffset now)
    {
        var payload = new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
            ["sub"] = "mallory",
            ["name"] = "mallory",
            ["dept"] = "TJ-MZ",
            ["role"] = "department",
        };
        return Encode("""{"alg":"none","typ":"JWT"}""") + "." + Encode(payload.ToJsonString()) + ".";
    }

    /// <summary>The same token with its payload edited (here: another department), keeping the original signature.</summary>
    public static string WithPayloadClaim(string token, string claim, string value)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        var tampered = Encode(payload.ToJsonString());
        Assert.NotEqual(parts[1], tampered);
        return parts[0] + "." + tampered + "." + parts[2];
    }

    private static Dictionary<string, object> Claims(string dept, string[] roles) =>
        new(StringComparer.Ordinal)
        {
            [ClaimNames.Subject] = "u-forged",
            [ClaimNames.Name] = "u-forged",
            [ClaimNames.Department] = dept,
            [ClaimNames.Role] = roles.Length == 1 ? roles[0] : roles,
        };

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
