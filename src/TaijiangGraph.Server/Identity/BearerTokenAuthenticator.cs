using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Server.Identity;

/// <summary>
/// Validates a bearer token outside a request (the <c>import</c> command, docs/data-in.md) exactly as the GraphQL endpoint does:
/// the registered JWT bearer scheme runs on a request carrying the token in its <c>Authorization</c> header, so issuer, audience,
/// lifetime against the injected clock, signature and algorithm are checked by the same handler and options, and its
/// <c>OnTokenValidated</c> maps the claims to a <see cref="Principal"/> (<see cref="PrincipalMapper"/>).
/// </summary>
internal static class BearerTokenAuthenticator
{
    /// <summary>The token's principal, or null when the endpoint would answer 401.</summary>
    public static async Task<Principal?> AuthenticateAsync(IServiceProvider services, string token)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = "Bearer " + token.Trim();
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        return result.Succeeded ? context.GetPrincipal() : null;
    }
}
