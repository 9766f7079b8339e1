using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Data.Catalog;

/// <summary>
/// The catalog version this node serves. Swapped atomically on publication; readers take one snapshot
/// per request so a request never sees two versions.
/// </summary>
public sealed class CatalogState
{
    private readonly Lock _gate = new();
    private DataCatalog? _current;

    /// <summary>Raised after a new version is in place (the graph rebuilds its schema off to the side).</summary>
    public event Action<DataCatalog>? Changed;

    /// <exception cref="InvalidOperationException">The database has not been initialized yet.</exception>
    public DataCatalog Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("No catalog has been published yet.");

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>Serves <paramref name="catalog"/> unless a newer version is already served (versions only move forward).</summary>
    public void Set(DataCatalog catalog)
    {
        lock (_gate)
        {
            if (_current is not null && catalog.Version <= _current.Version && !ReferenceEquals(catalog, _current))
            {
                return;
            }

            Volatile.Write(ref _current, catalog);
            Changed?.Invoke(catalog);
        }
    }
}
