using Microsoft.AspNetCore.Http;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Server.Identity;

namespace TaijiangGraph.Server.Tests.Infrastructure.Sql;

/// <summary>
/// The HTTP request the current async flow serves, set by <see cref="CurrentRequestStartupFilter"/> at the start
/// of the pipeline, so that the SQL guard (an EF Core interceptor, far from HTTP) knows whose read it checks.
/// The principal is read when a command runs, i.e. after authentication has attached it.
/// </summary>
public static class CurrentRequest
{
    /// <summary>A request header tests may send to find the dataset commands of exactly that request.</summary>
    public const string TagHeader = "X-Test-Request-Tag";

    private static readonly AsyncLocal<HttpContext?> Http = new();

    public static HttpContext? Context
    {
        get => Http.Value;
        set => Http.Value = value;
    }

    /// <summary>The authenticated caller of the current request, or null (no request, or not authenticated).</summary>
    public static Principal? Principal => Context?.GetPrincipal();

    public static string? Tag => Context?.Request.Headers[TagHeader].FirstOrDefault();
}
