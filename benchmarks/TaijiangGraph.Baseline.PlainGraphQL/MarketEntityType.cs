using GraphQL.Types;
using TaijiangGraph.Baseline.Raw;

namespace TaijiangGraph.Baseline.PlainGraphQL;

/// <summary><c>MarketEntity { creditCode name street }</c>: the server's type, cut to the three fields the page reads.</summary>
public sealed class MarketEntityType : ObjectGraphType<MarketEntityRow>
{
    public MarketEntityType()
    {
        Name = "MarketEntity";
        Field(e => e.CreditCode, nullable: true);
        Field(e => e.Name, nullable: true);
        Field(e => e.Street, nullable: true);
    }
}
