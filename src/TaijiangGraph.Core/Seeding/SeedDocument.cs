using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Seeding;

/// <summary>The world a fresh database starts from: a catalog and the grants issued on it.</summary>
public sealed record SeedDocument(DataCatalog Catalog, IReadOnlyList<Grant> Grants);
