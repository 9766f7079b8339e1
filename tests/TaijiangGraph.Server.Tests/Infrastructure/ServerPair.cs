namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// Two server processes (Kestrel on 127.0.0.1, free ports) on one PostgreSQL database, as a scaled-out deployment
/// runs: one key ring file shared through <c>Keys:Path</c>, a distinct <c>Audit:NodeId</c> each. The first instance
/// migrates and seeds the database before the second starts.
/// </summary>
public sealed class ServerPair : IAsyncDisposable
{
    private readonly string _keyFolder = Path.Combine(Path.GetTempPath(), "taijiang-pair-keys-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? _a;
    private ServerProcess? _b;

    public ServerProcess A => _a ?? throw new InvalidOperationException("Not started.");

    public ServerProcess B => _b ?? throw new InvalidOperationException("Not started.");

    public string KeyRingPath => Path.Combine(_keyFolder, "keyring.json");

    public static async Task<ServerPair> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var pair = new ServerPair();
        try
        {
            Directory.CreateDirectory(pair._keyFolder);
            pair._a = await ServerProcess.StartAsync(pair.Settings(connectionString, "node-a", settings));
            pair._b = await ServerProcess.StartAsync(pair.Settings(connectionString, "node-b", settings));
            return pair;
        }
        catch
        {
            await pair.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in new[] { _a, _b })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        if (Directory.Exists(_keyFolder))
        {
            Directory.Delete(_keyFolder, recursive: true);
        }
    }

    private Dictionary<string, string> Settings(string connectionString, string node, IReadOnlyDictionary<string, string>? extra)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Database__Provider"] = "PostgreSql",
            ["Database__ConnectionString"] = connectionString,
            ["Keys__Path"] = KeyRingPath,
            ["Audit__NodeId"] = node,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
