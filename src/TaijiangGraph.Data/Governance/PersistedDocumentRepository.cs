using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Governance;

/// <summary>The registered (persisted) documents of each app in the governance database, keyed by app and sha256 hash.</summary>
public sealed class PersistedDocumentRepository(IDbContextFactory<GovernanceDbContext> contexts, TimeProvider clock)
{
    /// <summary>The text of the document <paramref name="hash"/> (normalized hex) registered for <paramref name="app"/>, or null.</summary>
    public async Task<string?> FindAsync(string app, string hash, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db
            .PersistedDocuments.AsNoTracking()
            .Where(d => d.App == app && d.Hash == hash)
            .Select(d => d.Document)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Adds the documents (keyed by normalized hash) not yet registered for <paramref name="app"/>, in one transaction; returns
    /// how many were new.</summary>
    public async Task<int> RegisterAsync(string app, IReadOnlyDictionary<string, string> documents, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var hashes = documents.Keys.ToList();
        var known = await db.PersistedDocuments.Where(d => d.App == app && hashes.Contains(d.Hash)).Select(d => d.Hash).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var added = documents
            .Where(d => !known.Contains(d.Key, StringComparer.Ordinal))
            .Select(d => new PersistedDocumentRow
            {
                App = app,
                Hash = d.Key,
                Document = d.Value,
                RegisteredAt = now,
            })
            .ToList();
        db.PersistedDocuments.AddRange(added);
        await db.SaveChangesAsync(ct);
        return added.Count;
    }
}
