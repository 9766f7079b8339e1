using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Catalog;

namespace TaijiangGraph.Graph.Schema;

/// <summary>
/// Holds the schema being served. When the catalog changes it builds the new schema first and then swaps
/// the reference, so requests in flight finish on the schema they started with.
/// </summary>
public sealed class SchemaHolder
{
    private readonly GraphSchemaFactory _factory;
    private GraphSchemaVersion? _current;

    public SchemaHolder(CatalogState catalog, GraphSchemaFactory factory)
    {
        _factory = factory;
        catalog.Changed += Rebuild;
        if (catalog.IsLoaded)
        {
            Rebuild(catalog.Current);
        }
    }

    /// <exception cref="InvalidOperationException">No catalog has been published yet.</exception>
    public GraphSchemaVersion Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("No catalog has been published yet.");

    private void Rebuild(DataCatalog catalog) =>
        Volatile.Write(ref _current, new GraphSchemaVersion(catalog.Version, _factory.Create(catalog), catalog));
}
