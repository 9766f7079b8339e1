using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Publishing;

/// <summary>
/// The catalog version this node serves (docs/architecture.md, Publishing a catalog version): one immutable
/// <see cref="ServedCatalog"/>, replaced whole and only by a newer version. Reads are thread-safe and lock-free; a
/// request reads <see cref="Served"/> once and keeps that snapshot, so it never sees two versions.
/// </summary>
public interface ICatalogState
{
    /// <summary>The served version with everything built from it.</summary>
    /// <exception cref="InvalidOperationException">No catalog is served yet (the database has not been initialized).</exception>
    ServedCatalog Served { get; }

    /// <summary>The served catalog (<see cref="Served"/>'s).</summary>
    /// <exception cref="InvalidOperationException">No catalog is served yet.</exception>
    DataCatalog Current { get; }

    /// <summary>Whether a catalog is served.</summary>
    bool IsLoaded { get; }
}
