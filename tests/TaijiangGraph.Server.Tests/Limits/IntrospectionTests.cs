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
        var response = await server.QueryWithToken(server.Token("u1", "TJ-JY", "department"), Introspection, purpose: null);

        Assert.Equal(200, (int)response.Status);
        Assert.Equal(
            "Query",
            response.Root.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString()
        );
    }

    [Fact]
    public async Task An_app_principal_may_not_introspect_by_default_but_may_run_its_queries()
    {
        var appToken = server
            .Services.GetRequiredService<DevelopmentTokenIssuer>()
            .Issue("app-user", "TJ-JY", ["department"], app: "portal");

        var refused = await server.QueryWithToken(appToken, Introspection, purpose: null);
        var allowed = await server.QueryWithToken(appToken, "{ departments { code } }", purpose: null);

        Assert.Equal(200, (int)refused.Status); // application/json: validation errors are 200
        Assert.False(refused.Root.TryGetProperty("data", out _));
        Assert.Equal("NO_INTROSPECTION", refused.Root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(200, (int)allowed.Status);
    }
}
