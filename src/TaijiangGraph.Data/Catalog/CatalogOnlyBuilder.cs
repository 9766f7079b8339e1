using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Publishing;

namespace TaijiangGraph.Data.Catalog;

/// <summary>The builder of a host without a graph (storage only): the served version is the catalog alone.</summary>
internal sealed class CatalogOnlyBuilder : IServedCatalogBuilder
{
    public ServedCatalog Build(DataCatalog catalog) => new(catalog);
}
