using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL type <c>ItemReference</c>: where an item points and the link fields it yields.</summary>
internal sealed class ItemReferenceType : ObjectGraphType<ItemReference>
{
    public ItemReferenceType()
    {
        Name = "ItemReference";
        Description = "A reference to the key item of another resource.";
        Field(r => r.Resource).Description("API name of the referenced resource.");
        Field(r => r.Item).Description("API name of the referenced key item.");
        Field(r => r.LinkName).Description("API name of the link field on this resource's type.");
        Field(r => r.ReverseName, nullable: true).Description("API name of the reverse connection field on the referenced type, if any.");
    }
}
