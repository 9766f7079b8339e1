using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using TaijiangGraph.Graph.Limits;
using TaijiangGraph.Server.Hosting;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Wires the server's features; each reads its settings section through the options bound and validated by
/// <see cref="SettingsServiceCollectionExtensions.AddTaijiangSettings"/>.</summary>
internal static class ServerBuilderExtensions
{
    public static WebApplicationBuilder AddTaijiangServer(this WebApplicationBuilder builder, bool commandLineMode)
    {
        if (commandLineMode)
        {
            // Commands print their output on stdout; logs go to stderr.
            builder
                .Logging.ClearProviders()
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(LogLevel.Warning);
        }

        // GET query strings carry documents, variables and key values: ASP.NET's request-start lines (Information)
        // are never written, whatever the configured default level (a provider-specific rule can still opt in).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        builder.Services.AddTaijiangSettings();
        builder.Services.AddDataStorage();
        builder.Services.AddTaijiangIdentity();
        builder.Services.AddQueryLimits();

        // Kestrel enforces the request body size of the Limits section. Building the application configures Kestrel, before
        // the settings are validated: an invalid Limits section is left to that validation, which reports it with the others.
        builder
            .Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<QueryLimitsOptions>>(
                (kestrel, limits) =>
                {
                    try
                    {
                        kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
                    }
                    catch (OptionsValidationException)
                    {
                        // not served: start-up validation stops the application
                    }
                }
            );
        builder.Services.AddTaijiangGraph();
        builder.Services.AddGraphQLHttp();
        builder.Services.AddTrustedDocuments();
        builder.Services.AddTaijiangRateLimits();
        builder.Services.AddHealthChecks();
        builder.Services.AddHostedService<CatalogRefreshService>();
        return builder;
    }
}
