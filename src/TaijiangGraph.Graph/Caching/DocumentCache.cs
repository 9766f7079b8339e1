using Microsoft.Extensions.Caching.Memory;

namespace TaijiangGraph.Graph.Caching;

/// <summary>
/// Parsed documents that passed validation, keyed by schema version and query text, so a repeated query skips
/// parsing and printing its audit signature (it is validated again every time). A new catalog version starts with a cold cache (its key
/// differs).
/// Bounded by total query length.
/// </summary>
public sealed class DocumentCache : IDisposable
{
    private readonly MemoryCache _cache;

    public DocumentCache(long maxQueryCharacters = 8 * 1024 * 1024) =>
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxQueryCharacters });

    public bool TryGet(int schemaVersion, string query, out CachedDocument? document) =>
        _cache.TryGetValue((schemaVersion, query), out document);

    public void Add(int schemaVersion, string query, CachedDocument document) =>
        _cache.Set(
            (schemaVersion, query),
            document,
            new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length), SlidingExpiration = TimeSpan.FromHours(1) }
        );

    public void Dispose() => _cache.Dispose();
}
