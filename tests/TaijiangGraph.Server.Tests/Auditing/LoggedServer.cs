using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// The test server of <see cref="TaijiangServerFactory"/> with every log line captured: the service's own
/// categories at every level, the framework's at the levels the shipped configuration sets.
/// </summary>
public sealed class LoggedServer : IDisposable
{
    private readonly TaijiangServerFactory _server = new();

    public LoggedServer()
    {
        App = _server.WithWebHostBuilder(b =>
            b.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>("TaijiangGraph", LogLevel.Trace))
        );
    }

    public CapturedLogs Logs { get; } = new();

    /// <summary>The hosted server (start it by touching <c>Services</c> or creating a client).</summary>
    public WebApplicationFactory<Program> App { get; }

    /// <summary>The data folder: <c>taijiang.db</c>, <c>audit.db</c>, the key ring.</summary>
    public string DataFolder => _server.DataFolder;

    public void Dispose()
    {
        App.Dispose();
        _server.Dispose();
    }
}
