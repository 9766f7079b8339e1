using GraphQL.Types;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>GraphQL type <c>PageInfo</c> of every connection.</summary>
internal sealed class PageInfoType : ObjectGraphType<ConnectionPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description =
            "Where a page stands in the connection. Cursors "
            + "are opaque, "
            + "encrypted, "
            + "and valid "
            + "only for the "
            + "caller, field, "
            + "filter and order that issued them.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Nodes.Count == 0 ? null : c.Source.CursorOf(c.Source.Nodes[0]));
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.Nodes.Count == 0 ? null : c.Source.CursorOf(c.Source.Nodes[^1]));
    }
}
