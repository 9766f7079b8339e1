using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Security;

namespace TaijiangGraph.Server.Identity;

/// <summary>Mints HS256 tokens with the key ring's JWT key, for development and tests (the <c>token</c> command).</summary>
internal sealed class DevelopmentTokenIssuer(IKeyRing keys, AuthOptions options, TimeProvider clock)
{
    public string Issue(
        string userId,
        string department,
        IEnumerable<string> roles,
        string? name = null,
        string? app = null,
        TimeSpan? lifetime = null
    )
    {
        var key = keys.Current(KeyPurposes.JwtSigning);
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, userId),
            new(ClaimNames.Name, name ?? userId),
            new(ClaimNames.Department, department),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimNames.Role, r)));
        if (app is not null)
        {
            claims.Add(new Claim(ClaimNames.App, app));
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? options.DevelopmentTokenLifetime),
            SigningCredentials = new SigningCredentials(SigningKeys.FromKeyRing(key), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
