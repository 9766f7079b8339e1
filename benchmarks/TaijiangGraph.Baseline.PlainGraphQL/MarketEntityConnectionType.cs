using GraphQL.Types;
using TaijiangGraph.Baseline.Raw;

namespace TaijiangGraph.Baseline.PlainGraphQL;

/// <summary><c>MarketEntityConnection { nodes }</c>, the part of the server's connection the page query reads.</summary>
public sealed class MarketEntityConnectionType : ObjectGraphType<IReadOnlyList<MarketEntityRow>>
{
    public MarketEntityConnectionType()
    {
        Name = "MarketEntityConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarketEntityType>>>>("nodes").Resolve(c => c.Source);
    }
}
