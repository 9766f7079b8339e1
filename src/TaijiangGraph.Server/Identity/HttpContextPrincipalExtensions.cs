using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Server.Identity;

/// <summary>The <see cref="Principal"/> that authentication attached to a request.</summary>
internal static class HttpContextPrincipalExtensions
{
    private static readonly object Key = new();

    public static void SetPrincipal(this HttpContext context, Principal principal) => context.Items[Key] = principal;

    /// <summary>The caller, or null when the request is not authenticated.</summary>
    public static Principal? GetPrincipal(this HttpContext context) => context.Items.TryGetValue(Key, out var p) ? p as Principal : null;
}
