using System.Security.Cryptography;
using System.Text.Json;
using TaijiangGraph.Core.Security;

namespace TaijiangGraph.Data.Keys;

/// <summary>
/// The key ring as one JSON file, readable by the owner only (mode 0600): <c>keyring.json</c> in the data folder,
/// or a file several instances share (<c>Keys:Path</c>, e.g. a mounted secret) so that cursors, pseudonyms and
/// audit key hashes agree across them. A key for a purpose is generated (256 random bits) the first time it is
/// asked for, under an exclusive file lock so that two instances never generate rival keys; older keys stay
/// for verification. Never committed, never logged.
/// </summary>
public sealed class FileKeyRing : IKeyRing
{
    public const string FileName = "keyring.json";

    private readonly string _path;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private KeyRingFile _file;

    /// <param name="dataFolder">The data folder; the ring is <c>keyring.json</c> in it unless <paramref name="path"/> names another
    /// file.</param>
    /// <param name="clock">Stamps new keys.</param>
    /// <param name="path">A key ring file shared by several instances (<c>Keys:Path</c>).</param>
    public FileKeyRing(string dataFolder, TimeProvider clock, string? path = null)
    {
        _path = Path.GetFullPath(path ?? Path.Combine(dataFolder, FileName));
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _clock = clock;
        _file = File.Exists(_path) ? Read(_path) : new KeyRingFile([]);
    }

    public KeyMaterial Current(string purpose)
    {
        lock (_gate)
        {
            var entry = Newest(purpose);
            if (entry is null)
            {
                // Another instance sharing the file may have made it meanwhile: look again, then make it under the file lock.
                _file = Read(_path, orEmpty: true);
                entry = Newest(purpose) ?? Generate(purpose);
            }

            return new KeyMaterial(entry.Id, Convert.FromBase64String(entry.Secret));
        }
    }

    private KeyEntry? Newest(string purpose) => _file.Keys.LastOrDefault(k => k.Purpose == purpose);

    private KeyEntry Generate(string purpose)
    {
        using var exclusive = LockFile();
        _file = Read(_path, orEmpty: true);
        if (Newest(purpose) is { } made)
        {
            return made;
        }

        var entry = new KeyEntry(
            purpose,
            $"{purpose}-{_clock.GetUtcNow():yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            _clock.GetUtcNow()
        );
        _file = new KeyRingFile([.. _file.Keys, entry]);
        Write(_path, _file);
        return entry;
    }

    /// <summary>An exclusive lock on <c>{ring}.lock</c>, waited for up to 10 s, held while a key is generated.</summary>
    private FileStream LockFile()
    {
        var deadline = Environment.TickCount64 + 10_000;
        while (true)
        {
            try
            {
                return new FileStream(_path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (Environment.TickCount64 < deadline)
            {
                Thread.Sleep(20);
            }
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
