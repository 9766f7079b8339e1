using GraphQL.Types;

namespace TaijiangGraph.Baseline.PlainGraphQL;

/// <summary>The baseline schema: just <see cref="PlainQuery"/>.</summary>
public sealed class PlainSchema : Schema
{
    public PlainSchema(IServiceProvider services, PlainQuery query)
        : base(services) => Query = query;
}
