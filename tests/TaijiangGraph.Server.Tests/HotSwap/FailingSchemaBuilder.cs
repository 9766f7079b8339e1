using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>
/// Decorates the app's <see cref="ICatalogSchemaBuilder"/>: while <see cref="Failing"/>, building catalog version
/// <paramref name="version"/> throws (a version this node cannot build); every other version builds as usual.
/// </summary>
internal sealed class FailingSchemaBuilder(int version) : ICatalogSchemaBuilder
{
    private readonly CatalogSchemaBuilder _inner = new();
    private int _refused;
    private volatile bool _failing = true;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    /// <summary>How many builds of the version were refused so far.</summary>
    public int Refused => Volatile.Read(ref _refused);

    public ISchema Build(DataCatalog catalog)
    {
        if (catalog.Version == version && Failing)
        {
            Interlocked.Increment(ref _refused);
            throw new InvalidOperationException($"This node cannot build catalog version {version}.");
        }

        return _inner.Build(catalog);
    }
}
