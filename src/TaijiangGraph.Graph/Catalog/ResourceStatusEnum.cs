using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL enum <c>ResourceStatus</c>.</summary>
internal sealed class ResourceStatusEnum : EnumerationGraphType<ResourceStatus>
{
    public ResourceStatusEnum()
    {
        Name = "ResourceStatus";
        Description = "Lifecycle of a catalog resource; only published resources are in the data graph.";
    }
}
