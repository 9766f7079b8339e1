using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Baseline.Raw;

namespace TaijiangGraph.Baseline.PlainGraphQL;

/// <summary><c>Query { marketEntities(first: Int = 10): MarketEntityConnection! }</c>, read straight from the file.</summary>
public sealed class PlainQuery : ObjectGraphType
{
    public PlainQuery(MarketEntityReader reader)
    {
        Name = "Query";
        Field<NonNullGraphType<MarketEntityConnectionType>>("marketEntities")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .ResolveAsync(async c => await reader.ReadAsync(c.GetArgument("first", 10), c.CancellationToken));
    }
}
