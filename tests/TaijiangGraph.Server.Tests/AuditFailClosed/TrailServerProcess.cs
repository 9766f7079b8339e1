using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>
/// The built server (<c>dotnet TaijiangGraph.Server.dll</c>) running as a child process on 127.0.0.1 (free port),
/// on its own temp data folder (key ring, SQLite files), with extra settings given as environment variables.
/// Disposing kills the process tree and removes the folder.
/// </summary>
public sealed class TrailServerProcess : IAsyncDisposable
{
    /// <summary>A read of the provider's own resource: one audit record per request.</summary>
    public const string DataQuery = "query Allowances { subsistenceAllowances(first: 2) { totalCount nodes { caseNo } } }";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private Process? _process;

    private TrailServerProcess(IReadOnlyDictionary<string, string> settings)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "taijiang-failclosed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        _environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Database__DataFolder"] = DataFolder,
            ["Seed__RecordsPerResource"] = "20",
            // A test that is not about audit latency must not see AUDIT_UNAVAILABLE because a shared machine is busy;
            // the fail-closed tests set their own deadline.
            ["Audit__DeadlineMilliseconds"] = "15000",
        };
        foreach (var (name, value) in settings)
        {
            _environment[name] = value;
        }
    }

    public string DataFolder { get; }

    public string AuditFile => Path.Combine(DataFolder, "audit.db");

    public Uri GraphQLAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The last lines the process printed (for failure messages).</summary>
    public string OutputTail => string.Join(Environment.NewLine, _output.TakeLast(40));

    /// <summary>Starts the server and waits until it answers HTTP.</summary>
    public static async Task<TrailServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var server = new TrailServerProcess(settings);
        try
        {
            await server.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A development token from the server's <c>token</c> command on the same data folder (same key ring).</summary>
    public async Task<string> TokenAsync(string user, string dept, string role)
    {
        using var process = Process.Start(StartInfo(["token", "--user", user, "--dept", dept, "--role", role], withUrls: false))
            ?? throw new InvalidOperationException("The token command did not start.");
        using var timeout = new CancellationTokenSource(StartTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"token exited with {process.ExitCode}: {await stderr}");
        return (await stdout).Trim();
    }

    /// <summary>POSTs <see cref="DataQuery"/> with <paramref name="purpose"/> in the extensions, timing the answer.</summary>
    public Task<TimedResponse> PostDataAsync(string token, string purpose) =>
        PostAsync(token, JsonSerializer.Serialize(new { query = DataQuery, extensions = new { purpose } }));

    /// <summary>POSTs a JSON body (a request or a batch) with <paramref name="token"/>, timing the answer.</summary>
    public async Task<TimedResponse> PostAsync(string token, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLAddress) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var watch = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new TimedResponse(response.StatusCode, body, watch.Elapsed);
    }

    /// <summary>Sends data requests until one is served (200), at most <paramref name="within"/>; returns its purpose.</summary>
    public async Task<string> PostUntilServedAsync(string token, string purposePrefix, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var purpose = $"{purposePrefix}-{attempt}";
            var response = await PostDataAsync(token, purpose);
            if (response.Status == HttpStatusCode.OK)
            {
                TrailAssert.Served(response);
                return purpose;
            }

            Assert.True(response.Status == HttpStatusCode.ServiceUnavailable, $"Unexpected {(int)response.Status}: {response.Body}");
            Assert.True(watch.Elapsed < within, $"No request was served within {within.TotalSeconds} s after the lock was released. Server output:{Environment.NewLine}{OutputTail}");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(wait.Token);
            }

            process.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    private async Task StartAsync()
    {
        var port = FreePort();
        GraphQLAddress = new Uri($"http://127.0.0.1:{port}/graphql");
        _environment["Urls"] = $"http://127.0.0.1:{port}";
        _process = Process.Start(StartInfo([], withUrls: true)) ?? throw new InvalidOperationException("The server process did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var watch = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(_process.HasExited, $"The server exited with {(_process.HasExited ? _process.ExitCode : 0)}:{Environment.NewLine}{OutputTail}");
            Assert.True(watch.Elapsed < StartTimeout, $"The server did not answer within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{OutputTail}");
            try
            {
                using var answer = await _http.GetAsync(GraphQLAddress);
                if (answer.StatusCode == HttpStatusCode.Unauthorized)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }
    }

    private ProcessStartInfo StartInfo(IReadOnlyList<string> arguments, bool withUrls)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TaijiangGraph.Server.dll"));
        arguments.ToList().ForEach(start.ArgumentList.Add);
        foreach (var (name, value) in _environment.Where(e => withUrls || e.Key != "Urls"))
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
            _ = _output.Count > 200 && _output.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
