using TaijiangGraph.Core.Security;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Keys;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Graph;
using TaijiangGraph.Graph.Limits;
using TaijiangGraph.Server.GraphQLHttp;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.RateLimiting;
using TaijiangGraph.Server.TrustedDocuments;

namespace TaijiangGraph.Server.Hosting;

/// <summary>Wires the server's features from configuration.</summary>
public static class ServerBuilderExtensions
{
    public static WebApplicationBuilder AddTaijiangServer(this WebApplicationBuilder builder, bool commandLineMode)
    {
        if (commandLineMode)
        {
            // Commands print their output on stdout; logs go to stderr.
            builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        }

        // GET query strings carry documents, variables and key values: ASP.NET's request-start lines (Information)
        // are never written, whatever the configured default level (a provider-specific rule can still opt in).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        var database = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var seed = builder.Configuration.GetSection(SeedOptions.SectionName).Get<SeedOptions>() ?? new SeedOptions();
        builder.Services.AddSingleton(seed);
        var audit = builder.Configuration.GetSection(AuditOptions.SectionName).Get<AuditOptions>() ?? new AuditOptions();
        builder.Services.AddDataStorage(database, audit);
        var keyRingPath = builder.Configuration["Keys:Path"]; // several instances share one ring file; default: the data folder's
        builder.Services.AddSingleton<IKeyRing>(sp => new FileKeyRing(database.DataFolder, sp.GetRequiredService<TimeProvider>(), keyRingPath));
        builder.Services.AddTaijiangIdentity(builder.Configuration);
        AddQueryLimits(builder);
        builder.Services.AddTaijiangGraph();
        builder.Services.AddGraphQLHttp();
        builder.Services.AddTrustedDocuments(builder.Configuration, builder.Environment);
        builder.Services.AddTaijiangRateLimits(builder.Configuration);
        builder.Services.AddHealthChecks();
        builder.Services.AddHostedService<CatalogRefreshService>();
        return builder;
    }

    /// <summary>Query limits from the <c>Limits</c> section; Kestrel enforces the request body size.</summary>
    private static void AddQueryLimits(WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(QueryLimitsOptions.SectionName).Get<QueryLimitsOptions>() ?? new QueryLimitsOptions();
        builder.Services.AddQueryLimits(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
    }
}
