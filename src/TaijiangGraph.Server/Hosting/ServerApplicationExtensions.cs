using Microsoft.Extensions.Options;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Data.Hosting;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Server.GraphQLHttp;

namespace Microsoft.AspNetCore.Builder;

/// <summary>The request pipeline and start-up steps of the server.</summary>
internal static class ServerApplicationExtensions
{
    public static WebApplication MapTaijiangServer(this WebApplication app)
    {
        // Errors are always JSON: never an HTML page or a stack trace. The handler logs the exception with its correlation id.
        app.UseExceptionHandler(
            new ExceptionHandlerOptions { ExceptionHandler = InternalErrorResponses.WriteAsync, SuppressDiagnosticsCallback = _ => true }
        );
        app.UseStatusCodePages(context =>
            context.HttpContext.Response.HasStarted
                ? Task.CompletedTask
                : GraphQLErrorResponses.WriteAsync(
                    context.HttpContext,
                    context.HttpContext.Response.StatusCode,
                    ErrorCodes.Request.ForHttpStatus(context.HttpContext.Response.StatusCode),
                    "See the HTTP status."
                )
        );
        app.UseAuthentication();
        app.UseTaijiangRateLimits(); // per department and app, before any audit or data work
        app.UseAuthorization();
        app.MapGraphQLHttp("/graphql");
        app.MapHealthChecks("/health");
        return app;
    }

    /// <summary>
    /// Validates every settings section now (the host does it again when it starts), so that a bad setting is reported
    /// before anything reads a setting, opens a database or listens.
    /// </summary>
    /// <exception cref="OptionsValidationException">The settings of one section are invalid; an <see cref="AggregateException"/> of
    /// them when several are.</exception>
    public static WebApplication ValidateTaijiangSettings(this WebApplication app)
    {
        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }

    /// <summary>Creates, migrates and (when empty) seeds the database, then loads the published catalog.</summary>
    public static Task InitializeTaijiangAsync(this WebApplication app) =>
        app
            .Services.GetRequiredService<DatabaseInitializer>()
            .InitializeAsync(app.Services.GetRequiredService<SeedOptions>(), app.Lifetime.ApplicationStopping);

    public static void LogStartupHelp(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TaijiangGraph");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var url = app.Urls.FirstOrDefault() ?? "http://localhost:5080";
            log.LogInformation(
                "TaijiangGraph is listening. Get "
                    + "a token: "
                    + "dotnet run "
                    + "--project "
                    + "src/TaijiangGraph.Server -- "
                    + "token --user "
                    + "u1 --dept TJ-MZ --role department"
            );
            log.LogInformation(
                "Send queries: POST {Url}/graphql with "
                    + "'Authorization: Bearer "
                    + "<token>', e.g. "
                    + "{{\"query\":\"{{ "
                    + "me {{ user "
                    + "department {{ name }} }} }}\"}}",
                url
            );
        });
    }
}
