using GraphQL.Types;
using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>GraphQL enum <c>ShareApplicationStep</c>.</summary>
internal sealed class ShareApplicationStepEnum : EnumerationGraphType<ShareApplicationStep>
{
    public ShareApplicationStepEnum()
    {
        Name = "ShareApplicationStep";
        Description = "A step of the share-application workflow.";
    }
}
