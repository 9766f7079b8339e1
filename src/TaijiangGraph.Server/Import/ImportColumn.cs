using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Server.Import;

/// <summary>A header cell of an import file and the catalog item it names.</summary>
internal sealed record ImportColumn(string Header, CatalogItem Item);
