using System.Diagnostics;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>Runs the built server (<c>dotnet TaijiangGraph.Server.dll …</c>) as a child process on a fresh data folder.</summary>
public static class ServerProcess
{
    public static Task<CliResult> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs the server with <paramref name="arguments"/> and extra environment variables (e.g. <c>Urls</c>).</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "taijiang-cli-tests-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(DotnetHost())
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

        start.Environment["Database__DataFolder"] = dataFolder;
        start.Environment["Seed__RecordsPerResource"] = "5";
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

            return new CliResult(process.ExitCode, await stdout, await stderr) { CreatedDataFolder = Directory.Exists(dataFolder), Elapsed = watch.Elapsed };
        }
        finally
        {
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }

    /// <summary>The <c>dotnet</c> host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
