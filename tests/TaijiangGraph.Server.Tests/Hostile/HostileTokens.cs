using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>Hand-built JWTs for the JWT attacks, minted relative to the real clock (the server is a child process).</summary>
public static class HostileTokens
{
    /// <summary>The claims of a valid TJ-MZ department user; edit the copy to make an attack.</summary>
    public static JsonObject Claims()
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["iss"] = HostileServer.Issuer,
            ["aud"] = HostileServer.Audience,
            ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
            ["sub"] = "u-forged",
            ["name"] = "u-forged",
            ["dept"] = "TJ-MZ",
            ["role"] = "department",
        };
    }

    public static JsonObject Claims(Action<JsonObject> edit)
    {
        var claims = Claims();
        edit(claims);
        return claims;
    }

    /// <summary>A token with header <paramref name="alg"/> / <paramref name="kid"/>, signed by HMAC (SHA-256, or SHA-512 for HS512) with
    /// <paramref name="secret"/>.</summary>
    public static string Hmac(byte[] secret, JsonObject claims, string alg = "HS256", string? kid = null)
    {
        var header = new JsonObject { ["alg"] = alg, ["typ"] = "JWT" };
        if (kid is not null)
        {
            header["kid"] = kid;
        }

        var input = Encode(header.ToJsonString()) + "." + Encode(claims.ToJsonString());
        var data = Encoding.ASCII.GetBytes(input);
        var signature = alg == "HS512" ? HMACSHA512.HashData(secret, data) : HMACSHA256.HashData(secret, data);
        return input + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary>A valid token signed with the server's key (kid and HS256 as the server writes them), with
    /// <paramref name="claims"/>.</summary>
    public static string Valid(HostileServer server, JsonObject claims) =>
        Hmac(server.SigningKey.Key, claims, kid: server.SigningKey.KeyId);

    /// <summary>An unsigned token: header alg <paramref name="alg"/> (none, None, NONE …) and an empty signature.</summary>
    public static string Unsigned(JsonObject claims, string alg = "none") =>
        Encode(new JsonObject { ["alg"] = alg, ["typ"] = "JWT" }.ToJsonString()) + "." + Encode(claims.ToJsonString()) + ".";

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
