using System.Net;
using System.Net.Sockets;
using TaijiangGraph.Server.Cli;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Settings;

/// <summary>
/// A bad setting stops the real server process at start (README, "Configuration"): exit code 1 within seconds, one line
/// on stderr naming the key, no stack trace, no data folder created, nothing listening.
/// </summary>
public sealed class InvalidSettingsTests
{
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Serve_Should_FailFastNamingTheKey_When_LimitsMaxDepthIsNegative()
    {
        var (result, port) = await ServeAsync(("Limits__MaxDepth", "-1"));

        AssertStoppedAtStart(result, port, "Limits:MaxDepth must be between 1 and 1000 (was -1).");
    }

    [Theory]
    [InlineData("Audit__DeadlineMilliseconds", "0", "Audit:DeadlineMilliseconds must be between 1 and 600000 (was 0).")]
    [InlineData(
        "RateLimits__Department__PermitLimit",
        "-5",
        "RateLimits:Department:PermitLimit must be " + "between 1 and " + "2147483647 " + "(was -5)."
    )]
    [InlineData("Database__Provider", "Oracle", "Failed to convert configuration value 'Oracle' at 'Database:Provider'")]
    [InlineData("Database__Provider", "PostgreSql", "Database:ConnectionString is required for provider PostgreSql.")]
    [InlineData("Limits__ExecutionTimeout", "00:00:00", "Limits:ExecutionTimeout must be more than 00:00:00")]
    [InlineData("Limits__MaxDepth", "deep", "Failed to convert configuration value 'deep' at 'Limits:MaxDepth'")]
    [InlineData("Catalog__RefreshSeconds", "-1", "Catalog:RefreshSeconds must be between 0 and 86400 (was -1).")]
    [InlineData("Auth__SigningKey", "c2hvcnQ=", "Auth:SigningKey must be base64 of at least 32 bytes (256 bits).")]
    [InlineData("Limits__LookupMissesPerUserPerDay", "-3", "Limits:LookupMissesPerUserPerDay must be between 0 and 1000000 (was -3).")]
    [InlineData("Workflow__MaxGrantDays", "0", "Workflow:MaxGrantDays must be between 1 and 3660 (was 0).")]
    [InlineData("Workflow__ExpiryNoticeDays", "367", "Workflow:ExpiryNoticeDays must be between 1 and 366 (was 367).")]
    public async Task Serve_Should_FailFastNamingTheKey_When_ASettingIsInvalid(string variable, string value, string message)
    {
        var (result, port) = await ServeAsync((variable, value));

        AssertStoppedAtStart(result, port, message);
    }

    [Fact]
    public async Task Serve_Should_ReportEveryInvalidSetting_When_SeveralSectionsAreInvalid()
    {
        var (result, port) = await ServeAsync(("Limits__MaxDepth", "-1"), ("Audit__DeadlineMilliseconds", "0"));

        AssertStoppedAtStart(result, port, "Limits:MaxDepth must be between 1 and 1000 (was -1).");
        Assert.Contains("Audit:DeadlineMilliseconds must be between 1 and 600000 (was 0).", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, result.StandardError.ReplaceLineEndings("\n").Trim().Split('\n').Length);
    }

    [Fact]
    public async Task Token_Should_FailNamingTheKey_When_ASettingIsInvalid()
    {
        var result = await ServerProcess.RunAsync(
            new Dictionary<string, string> { ["Seed__RecordsPerResource"] = "-1" },
            "token",
            "--user",
            "u1",
            "--dept",
            "TJ-MZ",
            "--role",
            "department"
        );

        Assert.Equal(CliExitCodes.InvalidSettings, result.ExitCode);
        Assert.Contains("Seed:RecordsPerResource must be between 0 and 1000000 (was -1).", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput);
        Assert.False(result.CreatedDataFolder, "An invalid setting must stop the command before the data folder is made.");
    }

    private static async Task<(CliResult Result, int Port)> ServeAsync(params (string Name, string Value)[] settings)
    {
        var port = FreePort();
        var environment = settings.ToDictionary(s => s.Name, s => s.Value);
        environment["Urls"] = $"http://127.0.0.1:{port}";
        return (await ServerProcess.RunAsync(environment), port);
    }

    private static void AssertStoppedAtStart(CliResult result, int port, string message)
    {
        Assert.True(result.ExitCode == CliExitCodes.InvalidSettings, $"exit code {result.ExitCode}; stderr: {result.StandardError}");
        Assert.True(result.Elapsed < FailFast, $"The server took {result.Elapsed} to refuse its settings.");
        Assert.Contains("Invalid setting: " + message, result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", result.StandardOutput, StringComparison.OrdinalIgnoreCase);
        Assert.False(result.CreatedDataFolder, "An invalid setting must stop the server before the data folder is made.");
        Assert.False(Listens(port), $"Something listens on port {port}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool Listens(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
