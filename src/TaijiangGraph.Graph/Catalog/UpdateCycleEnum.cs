using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL enum <c>UpdateCycle</c>.</summary>
internal sealed class UpdateCycleEnum : EnumerationGraphType<UpdateCycle>
{
    public UpdateCycleEnum()
    {
        Name = "UpdateCycle";
        Description = "更新周期 of a resource.";
    }
}
