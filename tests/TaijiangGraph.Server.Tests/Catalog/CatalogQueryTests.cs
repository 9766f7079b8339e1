using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Catalog;

/// <summary>docs/policy.md (Grants): <c>me</c> with the grants active at the pinned "now", departments, and resource look-ups.</summary>
public sealed class CatalogQueryTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string MeQuery = "{ me { user department { code name } roles activeGrants { id state } } }";

    [Theory]
    [InlineData("TJ-MZ", "G-2025-0001,G-2025-0002")] // two overlapping active grants
    [InlineData("TJ-SW", "G-2025-0003")] // G-2025-0004 was revoked on 2026-06-01
    [InlineData("TJ-RS", "G-2025-0006")] // G-2024-0005 expired on 2026-01-31
    [InlineData("TJ-JY", "")] // G-2026-0007 is valid only from 2099
    public async Task Me_lists_only_active_grants_when_the_department_has_grants_in_every_state(string dept, string expected)
    {
        var response = await server.QueryWithToken(server.Token("u1", dept, "department"), MeQuery, purpose: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var grants = Data(response).GetProperty("me").GetProperty("activeGrants").EnumerateArray().ToList();
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), grants.Select(g => g.GetProperty("id").GetString()));
        Assert.All(grants, g => Assert.Equal("ACTIVE", g.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Me_describes_the_caller_from_the_token()
    {
        var body = await server.QueryWithToken(server.Token("zhang.san", "TJ-SCJG", "department", "cdo"), MeQuery, purpose: null);

        var me = Data(body).GetProperty("me");
        Assert.Equal("zhang.san", me.GetProperty("user").GetString());
        Assert.Equal("TJ-SCJG", me.GetProperty("department").GetProperty("code").GetString());
        Assert.Equal("台江区市场监督管理局", me.GetProperty("department").GetProperty("name").GetString());
        Assert.Equal(["cdo", "department"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Departments_lists_the_eight_sample_departments()
    {
        var body = await server.QueryWithToken(server.Token("u1", "TJ-JY", "department"), "{ departments { code name } }", purpose: null);

        var codes = Data(body).GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Equal(8, codes.Count);
        Assert.Equal(["CITY-DSJ", "TJ-DSJ", "TJ-GA", "TJ-JY", "TJ-MZ", "TJ-RS", "TJ-SCJG", "TJ-SW"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Resources_of_one_provider_lists_only_that_providers_resource()
    {
        var body = await server.QueryWithToken(
            server.Token("u1", "TJ-JY", "department"),
            """{ resources(provider: "TJ-GA") { code apiName provider { code } } }""",
            purpose: null
        );

        var resource = Assert.Single(Data(body).GetProperty("resources").EnumerateArray());
        Assert.Equal("350103-GA-0001", resource.GetProperty("code").GetString());
        Assert.Equal("household_person", resource.GetProperty("apiName").GetString());
        Assert.Equal("TJ-GA", resource.GetProperty("provider").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Resource_by_code_returns_its_items()
    {
        var body = await server.QueryWithToken(
            server.Token("u1", "TJ-JY", "department"),
            """{ resource(code: "350103-MZ-0001") { apiName name items { apiName sharingType } } }""",
            purpose: null
        );

        var resource = Data(body).GetProperty("resource");
        Assert.Equal("subsistence_allowance", resource.GetProperty("apiName").GetString());
        Assert.Equal("最低生活保障信息", resource.GetProperty("name").GetString());
        var items = resource
            .GetProperty("items")
            .EnumerateArray()
            .ToDictionary(i => i.GetProperty("apiName").GetString()!, i => i.GetProperty("sharingType").GetString());
        Assert.Equal(12, items.Count);
        Assert.Equal("UNCONDITIONAL", items["case_no"]);
        Assert.Equal("CONDITIONAL", items["phone"]);
        Assert.Equal("NOT_SHARED", items["health_condition"]);
    }

    [Fact]
    public async Task Resource_by_an_unknown_code_is_null()
    {
        var response = await server.QueryWithToken(
            server.Token("u1", "TJ-JY", "department"),
            """{ resource(code: "350103-XX-9999") { code } }""",
            purpose: null
        );

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Root.TryGetProperty("errors", out _));
        Assert.Equal(JsonValueKind.Null, Data(response).GetProperty("resource").ValueKind);
    }

    private static JsonElement Data(GraphQLReply body)
    {
        Assert.False(body.Root.TryGetProperty("errors", out var errors), errors.ToString());
        return body.Root.GetProperty("data");
    }
}
