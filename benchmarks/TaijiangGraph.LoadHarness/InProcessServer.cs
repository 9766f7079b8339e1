using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Server.Hosting;
using TaijiangGraph.Server.Identity;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// The real server application on real Kestrel at 127.0.0.1, built the way the server's Program.cs builds it,
/// optionally with its audit sink swapped for <see cref="NoOpAuditSink"/> (the comparison baseline).
/// </summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessServer(WebApplication app, Uri url, bool noOpAudit) => (_app, Url, NoOpAudit) = (app, url, noOpAudit);

    public Uri Url { get; }

    public bool NoOpAudit { get; }

    /// <summary>The group-commit writer, or null when the no-op sink replaced it.</summary>
    public GroupCommitAuditWriter? Writer => NoOpAudit ? null : _app.Services.GetRequiredService<GroupCommitAuditWriter>();

    public static async Task<InProcessServer> StartAsync(string dataFolder, string nodeId, int seedRecords, bool noOpAudit)
    {
        var port = HarnessMain.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}/");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Database:DataFolder"] = dataFolder,
                ["Seed:RecordsPerResource"] = seedRecords.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Audit:NodeId"] = nodeId,
                ["Logging:LogLevel:Default"] = "Warning",
            }
        );
        builder.WebHost.UseUrls(url.ToString().TrimEnd('/'));
        builder.AddTaijiangServer(commandLineMode: false);
        if (noOpAudit)
        {
            builder.Services.RemoveAll<IAuditSink>();
            builder.Services.AddSingleton<IAuditSink, NoOpAuditSink>();
        }

        var app = builder.Build();
        app.MapTaijiangServer();
        await app.InitializeTaijiangAsync();
        await app.StartAsync();
        return new InProcessServer(app, url, noOpAudit);
    }

    /// <summary>A token for the load's reader: u1 of 民政局 (TJ-MZ), which provides the resource the load reads.</summary>
    public string ReaderToken() =>
        _app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue("u1", "TJ-MZ", ["department"], lifetime: TimeSpan.FromHours(2));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
