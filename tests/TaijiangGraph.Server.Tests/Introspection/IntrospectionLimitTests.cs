using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Introspection;

/// <summary><c>Limits:MaxIntrospectionComplexity</c> is read from the configuration: below the standard query's cost, it is
/// refused.</summary>
public sealed class IntrospectionLimitTests
{
    [Fact]
    public async Task A_limit_below_the_standard_query_refuses_it_with_COMPLEXITY()
    {
        using var server = TaijiangServerFactory.With(("Limits:MaxIntrospectionComplexity", "1000"));

        var refused = await server.QueryWithToken(
            server.Token("developer", "TJ-JY", "department"),
            IntrospectionQueries.Default,
            purpose: null
        );
        var small = await server.QueryWithToken(
            server.Token("developer", "TJ-JY", "department"),
            "{ __schema { queryType { " + "name } } }",
            purpose: null
        );

        var error = Assert.Single(refused.Root.GetProperty("errors").EnumerateArray());
        Assert.Equal("COMPLEXITY", GraphQLReply.Extension(error, "code"));
        Assert.Equal(
            "Query",
            small.Root.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString()
        );
    }
}
