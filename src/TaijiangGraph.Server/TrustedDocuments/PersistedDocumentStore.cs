using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TaijiangGraph.Data.Governance;

namespace TaijiangGraph.Server.TrustedDocuments;

/// <summary>
/// The registered (persisted) documents of each app, kept in the governance database (table <c>persisted_documents</c>).
/// A registered document never changes (its id is its hash), so found documents are cached; misses ask the database,
/// so that a registration made by the command (another process) or on another instance is seen at once.
/// </summary>
internal sealed partial class PersistedDocumentStore(PersistedDocumentRepository repository)
{
    private const int MaxCached = 10_000;

    private readonly ConcurrentDictionary<(string App, string Hash), string> _found = new();

    /// <summary>The text of document <paramref name="documentId"/> (bare hex or <c>sha256:</c>) registered for <paramref name="app"/>, or
    /// null.</summary>
    public async Task<string?> FindAsync(string app, string documentId, CancellationToken ct)
    {
        if (DocumentIds.Normalize(documentId) is not { } hash || !IsAppId(app))
        {
            return null;
        }

        if (_found.TryGetValue((app, hash), out var cached))
        {
            return cached;
        }

        var document = await repository.FindAsync(app, hash, ct);
        if (document is not null && _found.Count < MaxCached)
        {
            _found[(app, hash)] = document;
        }

        return document;
    }

    /// <summary>Adds <paramref name="documents"/> (keyed by normalized hash) to <paramref name="app"/>'s set; returns how many are
    /// new.</summary>
    /// <exception cref="ArgumentException">An app id outside <c>[A-Za-z0-9._-]</c> (1 to 64 characters, starting with a letter or
    /// digit).</exception>
    public Task<int> RegisterAsync(string app, IReadOnlyDictionary<string, string> documents, CancellationToken ct)
    {
        if (!IsAppId(app))
        {
            throw new ArgumentException($"'{app}' is not a valid app id (letters, digits, '.', '_' and '-'; at most 64 characters).");
        }

        return repository.RegisterAsync(app, documents, ct);
    }

    private static bool IsAppId(string app) => AppIdPattern().IsMatch(app);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex AppIdPattern();
}
