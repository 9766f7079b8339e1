using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// The built server (<c>dotnet TaijiangGraph.Server.dll</c>) as a child process. <see cref="RunAsync(string[])"/> runs one
/// command to its end on a fresh data folder; <see cref="StartAsync"/> serves on 127.0.0.1 (a free port) on its own temp
/// data folder (key ring, SQLite files) with extra settings given as environment variables, until disposed (which kills
/// the process tree and removes the folder).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private Process? _process;

    private ServerProcess(IReadOnlyDictionary<string, string> settings)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "taijiang-server-process-" + Guid.NewGuid().ToString("N"));
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

    public Uri GraphQLAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The last lines the process printed (for failure messages).</summary>
    public string OutputTail => string.Join(Environment.NewLine, _output.TakeLast(40));

    public static Task<CliResult> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs the server with <paramref name="arguments"/> and extra environment variables (e.g. <c>Urls</c>) on a fresh data
    /// folder, to its end.</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "taijiang-cli-tests-" + Guid.NewGuid().ToString("N"));
        var start = StartInfo(
            arguments,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Database__DataFolder"] = dataFolder,
                ["Seed__RecordsPerResource"] = "5",
            }
        );
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{string.Join(' ', arguments)}' did not finish within 60 seconds.");
            }

            return new CliResult(process.ExitCode, await stdout, await stderr)
            {
                CreatedDataFolder = Directory.Exists(dataFolder),
                Elapsed = watch.Elapsed,
            };
        }
        finally
        {
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }

    /// <summary>Starts the server and waits until <c>/health</c> answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var server = new ServerProcess(settings);
        try
        {
            await server.ListenAsync();
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
        using var process = Process.Start(StartInfo(["token", "--user", user, "--dept", dept, "--role", role], _environment))
            ?? throw new InvalidOperationException("The token command did not start.");
        using var timeout = new CancellationTokenSource(StartTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"token exited with {process.ExitCode}: {await stderr}");
        return (await stdout).Trim();
    }

    /// <summary>POSTs a JSON body (a request or a batch) with <paramref name="token"/> through <see cref="GraphQLRequests"/>; the reply
    /// carries how long it took.</summary>
    public Task<GraphQLReply> PostAsync(string token, string json) => _http.PostGraphQLAsync(GraphQLAddress, token, json);

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

    private async Task ListenAsync()
    {
        var port = FreePort();
        var root = $"http://127.0.0.1:{port}";
        GraphQLAddress = new Uri(root + "/graphql");
        var health = new Uri(root + "/health");
        var start = StartInfo([], _environment);
        start.Environment["Urls"] = root;
        _process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var watch = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(
                _process.HasExited,
                $"The server exited with " + $"{(_process.HasExited ? _process.ExitCode : 0)}:{Environment.NewLine}{OutputTail}"
            );
            Assert.True(
                watch.Elapsed < StartTimeout,
                $"The server did not answer within " + $"{StartTimeout.TotalSeconds} " + $"s:{Environment.NewLine}{OutputTail}"
            );
            try
            {
                using var answer = await _http.GetAsync(health);
                if (answer.StatusCode == HttpStatusCode.OK)
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

    /// <summary>The server's dll under the <c>dotnet</c> host running the tests (the SDK sets DOTNET_HOST_PATH, else the one on
    /// PATH).</summary>
    private static ProcessStartInfo StartInfo(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
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
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
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
