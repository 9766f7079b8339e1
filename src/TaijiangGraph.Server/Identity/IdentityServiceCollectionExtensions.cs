using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Server.GraphQLHttp;
using TaijiangGraph.Server.Identity;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers JWT bearer authentication: bearer tokens only, known departments and roles only, JSON 401s.</summary>
internal static class IdentityServiceCollectionExtensions
{
    /// <summary>Authentication with the settings of <see cref="IOptions{TOptions}"/> of <see cref="AuthOptions"/> (section <c>Auth</c>),
    /// also registered as that value.</summary>
    public static IServiceCollection AddTaijiangIdentity(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<AuthOptions>>().Value);
        services.AddSingleton<DevelopmentTokenIssuer>();
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services
            .AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, IKeyRing, CatalogState, TimeProvider, ILoggerFactory>(
                (o, auth, keys, catalog, clock, logs) =>
                    Configure(o, auth.Value, keys, catalog, clock, logs.CreateLogger("TaijiangGraph.Identity"))
            );
        return services;
    }

    private static void Configure(
        JwtBearerOptions o,
        AuthOptions auth,
        IKeyRing keys,
        CatalogState catalog,
        TimeProvider clock,
        ILogger log
    )
    {
        o.MapInboundClaims = false;
        o.IncludeErrorDetails = false;
        o.RequireHttpsMetadata = false;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromSeconds(auth.ClockSkewSeconds),
            NameClaimType = TaijiangGraph.Core.Identity.ClaimNames.Name,
            RoleClaimType = TaijiangGraph.Core.Identity.ClaimNames.Role,
            // Lifetime against the injected clock, so tests that pin "now" agree with the tokens they mint.
            LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return expires is { } exp
                    && now <= exp + parameters.ClockSkew
                    && (notBefore is not { } nbf || now >= nbf - parameters.ClockSkew);
            },
        };
        o.TimeProvider = clock;
        if (auth.Authority is not null)
        {
            o.Authority = auth.Authority;
            o.TokenValidationParameters.ValidAlgorithms =
            [
                SecurityAlgorithms.RsaSha256,
                SecurityAlgorithms.EcdsaSha256,
                SecurityAlgorithms.RsaSsaPssSha256,
            ];
        }
        else
        {
            // One algorithm only: no alg:none, no RS/HS confusion.
            o.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            o.TokenValidationParameters.IssuerSigningKey = auth.SigningKey is { } configured
                ? new SymmetricSecurityKey(Convert.FromBase64String(configured))
                : SigningKeys.FromKeyRing(keys.Current(KeyPurposes.JwtSigning));
        }

        o.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                // Bearer header only: never a query-string or cookie token.
                var header = context.Request.Headers.Authorization.ToString();
                context.Token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
                if (context.Token is null)
                {
                    context.NoResult();
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                var (principal, error) = PrincipalMapper.Map(context.Principal!, catalog.Current);
                if (principal is null)
                {
                    log.LogInformation("Token refused: {Reason}", error);
                    context.Fail(error!);
                }
                else
                {
                    context.HttpContext.SetPrincipal(principal);
                }

                return Task.CompletedTask;
            },
            OnAuthenticationFailed = context =>
            {
                log.LogInformation("Token refused: {Reason}", context.Exception.GetType().Name);
                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await GraphQLErrorResponses.WriteAsync(
                    context.HttpContext,
                    StatusCodes.Status401Unauthorized,
                    ErrorCodes.Request.Unauthenticated,
                    "A valid bearer token is required."
                );
            },
        };
    }
}
