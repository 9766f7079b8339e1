using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Server.GraphQLHttp;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.RateLimiting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// ASP.NET Core rate limiting partitioned per department and per app. It runs right after authentication, before
/// the endpoint: a refused request does no audit and no data work (it never reaches the trail).
/// </summary>
internal static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// The limiter with the settings of <see cref="IOptions{TOptions}"/> of <see cref="RateLimitOptions"/> (section
    /// <c>RateLimits</c>), also registered as that value; <see cref="UseTaijiangRateLimits"/> leaves it out when disabled.
    /// </summary>
    public static IServiceCollection AddTaijiangRateLimits(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        services.AddRateLimiter(_ => { });
        services
            .AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>(
                (limiter, settings) =>
                {
                    var options = settings.Value;
                    limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                    limiter.GlobalLimiter = new DepartmentAndAppLimiter(
                        PartitionedRateLimiter.Create<HttpContext, string>(http =>
                            http.GetPrincipal() is { } p ? Window(p.Department, options.Department) : RateLimitPartition.GetNoLimiter("")
                        ),
                        PartitionedRateLimiter.Create<HttpContext, string>(http =>
                            http.GetPrincipal()?.App is { } app ? Window(app, options.App) : RateLimitPartition.GetNoLimiter("")
                        )
                    );
                    limiter.OnRejected = (context, ct) =>
                    {
                        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                            ? wait
                            : TimeSpan.FromSeconds(Math.Max(options.Department.WindowSeconds, options.App.WindowSeconds));
                        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                        return new ValueTask(
                            GraphQLErrorResponses.WriteAsync(
                                context.HttpContext,
                                StatusCodes.Status429TooManyRequests,
                                ErrorCodes.Request.RateLimited,
                                $"Too many requests for this department or app; retry after {seconds} s."
                            )
                        );
                    };
                }
            );
        return services;
    }

    /// <summary>Adds the rate limiter to the pipeline when it is enabled; call after authentication.</summary>
    public static IApplicationBuilder UseTaijiangRateLimits(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<RateLimitOptions>().Enabled ? app.UseRateLimiter() : app;

    private static RateLimitPartition<string> Window(string key, RateLimitWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit, // at least 1: the settings are validated on start
            Window = TimeSpan.FromSeconds(window.WindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
