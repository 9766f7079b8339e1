using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TaijiangGraph.Data.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for one test run, started from the installed binaries (initdb + pg_ctl) in a
/// temp folder, listening on 127.0.0.1 on a free port with trust authentication, and removed on dispose.
/// As root the server runs as the <c>postgres</c> user (initdb refuses root). Tests take a fresh database each
/// from <see cref="CreateDatabaseAsync"/>. <c>TAIJIANG_PG_BIN</c> overrides the folder of the binaries.
/// Without the binaries the fixture starts nothing and records <see cref="UnavailableReason"/>; every test then skips
/// when it asks for a database or a connection string (tests use <c>[SkippableFact]</c> / <c>[SkippableTheory]</c>), so
/// SQLite cases of the same class still run. With <c>CI</c> set, missing binaries fail the tests instead.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    /// <summary>The superuser tests connect as.</summary>
    public const string User = "postgres";

    public const string Host = "127.0.0.1";

    private const int StartAttempts = 3;
    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly bool _asRoot = Environment.UserName == "root";
    private string? _folder;
    private string? _binaries;
    private volatile bool _running;

    /// <summary>Why this machine runs no PostgreSQL tests (binaries missing and <c>CI</c> unset), or null when the server runs.</summary>
    public string? UnavailableReason { get; private set; }

    /// <summary>The TCP port the server listens on (127.0.0.1).</summary>
    public int Port { get; private set; }

    /// <summary>The temp folder holding the data directory, the server log and the Unix socket.</summary>
    public string Folder => _folder ?? throw new InvalidOperationException("The PostgreSQL server has not been started.");

    public string DataDirectory => Path.Combine(Folder, "data");

    public string LogFile => Path.Combine(Folder, "server.log");

    /// <summary>A connection string to <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database)
    {
        SkipWhenUnavailable();
        return new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Username = User,
            Database = database,
            Timeout = 15,
            CommandTimeout = 60,
            MaxPoolSize = 20,
        }.ConnectionString;
    }

    /// <summary>Creates an empty database with a unique name (<paramref name="prefix"/>_…) and returns its name.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test", CancellationToken ct = default)
    {
        SkipWhenUnavailable();
        if (prefix.Length is 0 or > 24 || !prefix.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ArgumentException("Use 1 to 24 characters a-z, 0-9 or _.", nameof(prefix));
        }

        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return name;
    }

    public async Task InitializeAsync()
    {
        _binaries = PostgresBinaries.TryFind(out var missing);
        if (_binaries is null)
        {
            if (PostgresBinaries.Required)
            {
                throw new InvalidOperationException(missing + "; CI is set, so the PostgreSQL tests are required.");
            }

            UnavailableReason = missing + " (CI is not set, so the PostgreSQL tests are skipped; with CI=true they fail).";
            return;
        }

        _folder = Path.Combine(Path.GetTempPath(), "tg-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        try
        {
            if (_asRoot)
            {
                await EnsureSucceededAsync(CommandRunner.RunAsync("chown", [$"{User}:{User}", _folder], StopTimeout), "chown")
                    .ConfigureAwait(false);
            }

            string[] initdb = ["-D", DataDirectory, "--locale=C.UTF-8", "-E", "UTF8", "-A", "trust", "-U", User, "--no-sync"];
            await EnsureSucceededAsync(RunAsync(Tool("initdb"), initdb, InitDbTimeout), "initdb " + string.Join(' ', initdb))
                .ConfigureAwait(false);
            await StartAsync().ConfigureAwait(false);
            AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        }
        catch
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        NpgsqlConnection.ClearAllPools();
        if (_running)
        {
            var stopped = await RunAsync(
                    Tool("pg_ctl"),
                    ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "30"],
                    StopTimeout + TimeSpan.FromSeconds(10)
                )
                .ConfigureAwait(false);
            if (!stopped.Succeeded)
            {
                await RunAsync(Tool("pg_ctl"), ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], StopTimeout).ConfigureAwait(false);
            }

            _running = false;
        }

        if (_folder is not null && Directory.Exists(_folder))
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover temp folder is harmless; never fail a test run over it.
            }
        }
    }

    /// <summary>Ends the calling test as skipped (<see cref="SkipException"/>) when the server could not be started for want of
    /// binaries.</summary>
    public void SkipWhenUnavailable() => Skip.If(UnavailableReason is not null, UnavailableReason);

    private async Task StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            // The port is free when picked; another process may take it before the server binds, so retry.
            Port = FreePort();
            var options =
                $"-c listen_addresses={Host} -p {Port} -k {Folder} -c fsync=off -c full_page_writes=off "
                + "-c synchronous_commit=off -c max_connections=300";
            string[] arguments =
            [
                "start",
                "-D",
                DataDirectory,
                "-l",
                LogFile,
                "-o",
                options,
                "-w",
                "-t",
                ((int)StartTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
            var result = await RunAsync(Tool("pg_ctl"), arguments, StartTimeout + TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            if (result.Succeeded)
            {
                _running = true;
                return;
            }

            var log = LogTail();
            await RunAsync(Tool("pg_ctl"), ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], StopTimeout).ConfigureAwait(false);
            if (attempt < StartAttempts && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            throw new InvalidOperationException(
                $"PostgreSQL did not start (attempt {attempt}, port {Port}): "
                    + $"{CommandRunner.Describe("pg_ctl", arguments)}{Environment.NewLine}"
                    + $"pg_ctl said:{Environment.NewLine}{result.Output}{Environment.NewLine}Tail of {LogFile}:{Environment.NewLine}{log}"
            );
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        if (_running)
        {
            RunAsync(Tool("pg_ctl"), ["stop", "-D", DataDirectory, "-m", "immediate"], StopTimeout).GetAwaiter().GetResult();
            _running = false;
        }
    }

    private Task<CommandRunner.Result> RunAsync(string tool, IReadOnlyList<string> arguments, TimeSpan timeout) =>
        _asRoot
            ? CommandRunner.RunAsync("runuser", ["-u", User, "--", tool, .. arguments], timeout)
            : CommandRunner.RunAsync(tool, arguments, timeout);

    private static async Task EnsureSucceededAsync(Task<CommandRunner.Result> run, string what)
    {
        var result = await run.ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Preparing the test PostgreSQL server failed: {what} "
                    + $"exited with "
                    + $"{result.ExitCode}.{Environment.NewLine}{result.Output}"
            );
        }
    }

    private string Tool(string name) => Path.Combine(_binaries ?? throw new InvalidOperationException("No PostgreSQL binaries."), name);

    private string LogTail(int lines = 40)
    {
        try
        {
            return File.Exists(LogFile) ? string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(lines)) : "(no log file)";
        }
        catch (IOException e)
        {
            return $"(log unreadable: {e.Message})";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
