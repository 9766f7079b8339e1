using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Governance;

/// <summary>The outcome of <c>publishCatalog</c>.</summary>
internal sealed record PublishCatalogResult(bool Published, int Version, IReadOnlyList<CatalogViolation> Violations);
