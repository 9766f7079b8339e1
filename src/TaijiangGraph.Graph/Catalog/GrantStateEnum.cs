using GraphQL.Types;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL enum <c>GrantState</c>.</summary>
internal sealed class GrantStateEnum : EnumerationGraphType<GrantState>
{
    public GrantStateEnum()
    {
        Name = "GrantState";
        Description = "Where a grant stands now.";
    }
}
