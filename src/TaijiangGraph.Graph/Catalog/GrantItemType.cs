using GraphQL.Types;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL type <c>GrantItem</c>.</summary>
internal sealed class GrantItemType : ObjectGraphType<GrantItem>
{
    public GrantItemType()
    {
        Name = "GrantItem";
        Description = "An item a grant covers.";
        Field(i => i.Item).Description("API name of the item.");
        Field(i => i.LiftMask).Description("The grantee reads this item unmasked.");
    }
}
