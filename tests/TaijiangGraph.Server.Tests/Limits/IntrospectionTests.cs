using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Limits;

public sealed class IntrospectionTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task A_department_developer_may_introspect()
    {
        var (response, body) = await server.PostGraphQL(server.Token("u1", "TJ-JY", "department"), Introspection);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Query", body.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_app_principal_may_not_introspect_by_default_but_may_run_its_queries()
    {
        var appToken = server.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue("app-user", "TJ-JY", ["department"], app: "portal");

        var (refused, refusal) = await server.PostGraphQL(appToken, Introspection);
        var (allowed, _) = await server.PostGraphQL(appToken, "{ departments { code } }");

        Assert.Equal(200, (int)refused.StatusCode); // application/json: validation errors are 200
        Assert.False(refusal.RootElement.TryGetProperty("data", out _));
        Assert.Equal("NO_INTROSPECTION", refusal.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(200, (int)allowed.StatusCode);
    }
}
