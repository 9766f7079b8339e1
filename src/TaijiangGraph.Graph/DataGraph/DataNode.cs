using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>A record of a resource as a graph node: the row read for it (the key, and only the other columns the caller may
/// read).</summary>
internal sealed record DataNode(CatalogResource Resource, DatasetRow Row);
