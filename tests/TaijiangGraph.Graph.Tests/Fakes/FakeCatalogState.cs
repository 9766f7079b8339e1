using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Publishing;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>The served catalog version, set by the test.</summary>
internal sealed class FakeCatalogState : ICatalogState
{
    private ServedCatalog? _served;

    public ServedCatalog Served => Volatile.Read(ref _served) ?? throw new InvalidOperationException("No catalog is served yet.");

    public DataCatalog Current => Served.Catalog;

    public bool IsLoaded => Volatile.Read(ref _served) is not null;

    public void Serve(ServedCatalog served) => Volatile.Write(ref _served, served);
}
