using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL enum <c>SharingType</c>: UNCONDITIONAL, CONDITIONAL, NOT_SHARED, CLASSIFIED.</summary>
internal sealed class SharingTypeEnum : EnumerationGraphType<SharingType>
{
    public SharingTypeEnum()
    {
        Name = "SharingType";
        Description = "共享类型: who may read an item.";
    }
}
