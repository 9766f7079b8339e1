using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Paging;

/// <summary>What a valid record handle points at: a resource of the current catalog and the record's row id
/// (docs/policy.md, "Record handles").</summary>
public sealed record RecordHandle(CatalogResource Resource, long RowId);
