using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>The JWT attacks: each is a 401 with UNAUTHENTICATED; the valid control is served.</summary>
public static class TokenCases
{
    private const string Me = "{ me { user } }";

    private const string VerifyChain = "{ verifyAuditChain { ok } }";

    private const string Publish = "mutation { publishCatalog(catalog: \"{}\") { published } }";

    public static IEnumerable<HostileCase> All =>
        [
            new("jwt-control-valid", s => Request(HostileTokens.Valid(s, HostileTokens.Claims())), HttpStatusCode.OK, null),
            Refused("jwt-missing", _ => null),
            Refused("jwt-garbage", _ => "not.a.jwt"),
            Refused("jwt-empty-bearer", _ => ""),
            Refused("jwt-alg-none", _ => HostileTokens.Unsigned(HostileTokens.Claims())),
            Refused("jwt-alg-None-mixed-case", _ => HostileTokens.Unsigned(HostileTokens.Claims(), "None")),
            Refused("jwt-alg-none-with-real-signature", s =>
                WithHeader(HostileTokens.Valid(s, HostileTokens.Claims()), "{\"alg\":\"none\",\"typ\":\"JWT\"}")
            ),
            Refused("jwt-confusion-hs512", s => HostileTokens.Hmac(s.SigningKey.Key, HostileTokens.Claims(), "HS512", s.SigningKey.KeyId)),
            Refused("jwt-confusion-rs256-header-hmac-signed", s =>
                HostileTokens.Hmac(s.SigningKey.Key, HostileTokens.Claims(), "RS256", s.SigningKey.KeyId)
            ),
            Refused("jwt-confusion-es256-header-hmac-signed", s =>
                HostileTokens.Hmac(s.SigningKey.Key, HostileTokens.Claims(), "ES256", s.SigningKey.KeyId)
            ),
            Refused("jwt-kid-elsewhere-empty-key", _ =>
                HostileTokens.Hmac(new byte[32], HostileTokens.Claims(), kid: "../../../../dev/null")
            ),
            Refused("jwt-kid-sql-kid-as-key", _ =>
                HostileTokens.Hmac(Encoding.UTF8.GetBytes("x' UNION SELECT 'key"), HostileTokens.Claims(), kid: "x' UNION SELECT 'key")
            ),
            Refused("jwt-other-key-same-kid", s =>
                HostileTokens.Hmac(RandomNumberGenerator.GetBytes(32), HostileTokens.Claims(), kid: s.SigningKey.KeyId)
            ),
            Refused("jwt-payload-edited", s => EditPayload(HostileTokens.Valid(s, HostileTokens.Claims()), c => c["dept"] = "TJ-DSJ")),
            Refused("jwt-expired", s => HostileTokens.Valid(s, HostileTokens.Claims(c => Window(c, -9 * 60, -60)))),
            Refused("jwt-not-yet-valid", s => HostileTokens.Valid(s, HostileTokens.Claims(c => Window(c, 60, 9 * 60)))),
            Refused("jwt-no-expiry", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c.Remove("exp")))),
            Refused("jwt-wrong-issuer", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c["iss"] = "https://idp.example.org"))),
            Refused("jwt-wrong-audience", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c["aud"] = "another-service"))),
            Refused("jwt-missing-department", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c.Remove("dept")))),
            Refused("jwt-unknown-department", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c["dept"] = "TJ-XX"))),
            Refused("jwt-sql-department", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c["dept"] = "' OR 1=1 --"))),
            Refused("jwt-role-outside-set", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c["role"] = "admin"))),
            Refused("jwt-roles-known-and-unknown", s =>
                HostileTokens.Valid(s, HostileTokens.Claims(c => c["role"] = new JsonArray("department", "root")))
            ),
            Refused("jwt-missing-role", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c.Remove("role")))),
            new(
                "jwt-control-bureau-verifies-chain",
                s =>
                    Request(
                        VerifyChain,
                        HostileTokens.Valid(
                            s,
                            HostileTokens.Claims(c =>
                            {
                                c["dept"] = "TJ-DSJ";
                                c["role"] = "bureau";
                            })
                        )
                    ),
                HttpStatusCode.OK,
                null
            ),
            Refused("jwt-department-as-bureau-verifies-chain", VerifyChain, s =>
                HostileTokens.Valid(s, HostileTokens.Claims(c => c["role"] = "bureau"))
            ),
            Refused("jwt-department-as-bureau-publishes", Publish, s =>
                HostileTokens.Valid(s, HostileTokens.Claims(c => c["role"] = new JsonArray("department", "bureau")))
            ),
            Refused("jwt-department-as-reviewer", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c["role"] = "reviewer"))),
            Refused("jwt-reviewer-as-department", s => HostileTokens.Valid(s, HostileTokens.Claims(c => c["dept"] = "CITY-DSJ"))),
        ];

    private static HostileRequest Request(string? token) => Request(Me, token);

    private static HostileRequest Request(string query, string? token) => new(HostileCase.Body(query), token);

    private static HostileCase Refused(string name, Func<HostileServer, string?> token) => Refused(name, Me, token);

    private static HostileCase Refused(string name, string query, Func<HostileServer, string?> token) =>
        new(name, s => Request(query, token(s)), HttpStatusCode.Unauthorized, "UNAUTHENTICATED");

    private static void Window(JsonObject claims, int notBeforeMinutes, int expiresMinutes)
    {
        var now = DateTimeOffset.UtcNow;
        claims["iat"] = now.AddMinutes(Math.Min(notBeforeMinutes, 0)).ToUnixTimeSeconds();
        claims["nbf"] = now.AddMinutes(notBeforeMinutes).ToUnixTimeSeconds();
        claims["exp"] = now.AddMinutes(expiresMinutes).ToUnixTimeSeconds();
    }

    private static string WithHeader(string token, string header) =>
        Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(header) + token[token.IndexOf('.', StringComparison.Ordinal)..];

    private static string EditPayload(string token, Action<JsonObject> edit)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        edit(payload);
        return parts[0] + "." + Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload.ToJsonString()) + "." + parts[2];
    }
}
