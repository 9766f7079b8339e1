namespace TaijiangGraph.Server.Identity;

/// <summary>
/// JWT bearer settings (configuration section <c>Auth</c>). Development: tokens minted by the <c>token</c>
/// command, signed HS256 with the key ring's key. Production: set <see cref="Authority"/> (an OIDC issuer
/// whose JWKS signs the tokens) or <see cref="SigningKey"/>, plus <see cref="Issuer"/> and <see cref="Audience"/>.
/// </summary>
internal sealed class AuthOptions
{
    public const string SectionName = "Auth";

    public string Issuer { get; set; } = "taijiang-graph-dev";

    public string Audience { get; set; } = "taijiang-graph";

    /// <summary>OIDC authority (its discovery document and JWKS); when set, tokens minted by the <c>token</c> command are no longer
    /// accepted.</summary>
    public string? Authority { get; set; }

    /// <summary>A configured symmetric signing key (base64, at least 256 bits), e.g. from a secret store.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Tolerated clock difference when checking exp and nbf.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>Default lifetime of tokens minted by the token command.</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
