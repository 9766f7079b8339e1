using GraphQL.Types;
using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>GraphQL enum <c>ShareApplicationState</c>.</summary>
internal sealed class ShareApplicationStateEnum : EnumerationGraphType<ShareApplicationState>
{
    public ShareApplicationStateEnum()
    {
        Name = "ShareApplicationState";
        Description = "Where a share application stands (docs/workflow.md).";
    }
}
