using System.Security.Cryptography;
using System.Text.Json;
using TaijiangGraph.Core.Security;

namespace TaijiangGraph.Data.Keys;

/// <summary>
/// The key ring as one JSON file in the data folder, readable by the owner only (mode 0600). A key for a
/// purpose is generated (256 random bits) the first time it is asked for; older keys stay for verification.
/// Never committed, never logged.
/// </summary>
public sealed class FileKeyRing : IKeyRing
{
    public const string FileName = "keyring.json";

    private readonly string _path;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private KeyRingFile _file;

    public FileKeyRing(string dataFolder, TimeProvider clock)
    {
        Directory.CreateDirectory(dataFolder);
        _path = Path.Combine(dataFolder, FileName);
        _clock = clock;
        _file = File.Exists(_path) ? Read(_path) : new KeyRingFile([]);
    }

    public KeyMaterial Current(string purpose)
    {
        lock (_gate)
        {
            var entry = _file.Keys.LastOrDefault(k => k.Purpose == purpose);
            if (entry is null)
            {
                _file = Read(_path, orEmpty: true);
                entry = _file.Keys.LastOrDefault(k => k.Purpose == purpose);
            }

            if (entry is null)
            {
                entry = new KeyEntry(purpose, $"{purpose}-{_clock.GetUtcNow():yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
                    Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), _clock.GetUtcNow());
                _file = new KeyRingFile([.. _file.Keys, entry]);
                Write(_path, _file);
            }

            return new KeyMaterial(entry.Id, Convert.FromBase64String(entry.Secret));
        }
    }

    public KeyMaterial? Find(string purpose, string keyId)
    {
        lock (_gate)
        {
            var entry = _file.Keys.FirstOrDefault(k => k.Purpose == purpose && k.Id == keyId);
            return entry is null ? null : new KeyMaterial(entry.Id, Convert.FromBase64String(entry.Secret));
        }
    }

    private static KeyRingFile Read(string path, bool orEmpty = false)
    {
        if (orEmpty && !File.Exists(path))
        {
            return new KeyRingFile([]);
        }

        return JsonSerializer.Deserialize<KeyRingFile>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException($"The key ring file {FileName} is empty.");
    }

    private static void Write(string path, KeyRingFile file)
    {
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, file, JsonOptions);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record KeyRingFile(IReadOnlyList<KeyEntry> Keys);

    private sealed record KeyEntry(string Purpose, string Id, string Secret, DateTimeOffset CreatedAt);
}
