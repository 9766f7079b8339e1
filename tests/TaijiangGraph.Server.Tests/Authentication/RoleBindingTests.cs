using System.Net;
using TaijiangGraph.Server.Tests.HotSwap;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Authentication;

/// <summary>
/// A token is refused (401 UNAUTHENTICATED, the reason in the log only) when it carries a role its department may
/// not hold: the attack of a department (TJ-MZ) signing itself in as the bureau is replayed over the HTTP pipeline
/// against <c>verifyAuditChain</c> and <c>publishCatalog</c>, with development tokens and hand-made ones.
/// </summary>
public sealed class RoleBindingTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string VerifyChain = "{ verifyAuditChain { ok } }";

    private static DateTimeOffset Now => TaijiangServerFactory.Now;

    public static TheoryData<string, string[]> Illegitimate() =>
        new()
        {
            { "TJ-MZ", ["bureau"] },
            { "TJ-MZ", ["department", "bureau"] },
            { "TJ-MZ", ["reviewer"] },
            { "TJ-SCJG", ["cdo", "bureau"] },
            { "TJ-JY", ["reviewer"] },
            { "TJ-DSJ", ["reviewer"] },
            { "CITY-DSJ", ["department"] },
            { "CITY-DSJ", ["bureau"] },
            { "CITY-DSJ", ["reviewer", "cdo"] },
        };

    public static TheoryData<string, string[]> Legitimate() =>
        new()
        {
            { "TJ-DSJ", ["bureau"] },
            { "TJ-DSJ", ["bureau", "department", "cdo"] },
            { "TJ-DSJ", ["department"] },
            { "CITY-DSJ", ["reviewer"] },
            { "TJ-MZ", ["department", "cdo"] },
            { "TJ-JY", ["cdo"] },
        };

    [Fact]
    public async Task A_department_token_claiming_the_bureau_cannot_verify_the_audit_chain()
    {
        var forged = TokenForge.Signed(
            server.SigningKey,
            server.Auth.Issuer,
            server.Auth.Audience,
            Now.AddMinutes(-5),
            Now.AddHours(1),
            "TJ-MZ",
            "bureau"
        );
        var minted = server.Token("u-mz", "TJ-MZ", "bureau");

        foreach (var token in new[] { forged, minted })
        {
            var response = await server.QueryWithToken(token, VerifyChain, accept: GraphQLRequests.GraphQLResponse);

            ResponseAssert.JsonError(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        }

        Assert.Contains(server.Logs.Lines, l =>
            l.Contains("Token refused", StringComparison.Ordinal)
            && l.Contains("'bureau', which department TJ-MZ may not hold", StringComparison.Ordinal)
        );
        Assert.True(
            (await server.QueryWithToken(server.Token("u-dsj", "TJ-DSJ", "bureau"), VerifyChain, accept: GraphQLRequests.GraphQLResponse))
                .DataWithoutErrors()
                .GetProperty("verifyAuditChain")
                .GetProperty("ok")
                .GetBoolean()
        );
    }

    [Fact]
    public async Task A_department_token_claiming_the_bureau_cannot_publish_a_catalog()
    {
        var forged = TokenForge.Signed(
            server.SigningKey,
            server.Auth.Issuer,
            server.Auth.Audience,
            Now.AddMinutes(-5),
            Now.AddHours(1),
            "TJ-MZ",
            "bureau"
        );
        var response = await server.PublishAsync(CatalogVersions.Json(CatalogVersions.WithWebsite), forged);

        ResponseAssert.JsonError(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        var version = (
            await server.QueryWithToken(
                server.Token("u-mz", "TJ-MZ", "department"),
                $"{{ resource(code: \"{CatalogVersions.MarketEntityCode}\") {{ version }} }}",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("resource")
            .GetProperty("version")
            .GetInt32();
        Assert.Equal(1, version);
    }

    [Theory]
    [MemberData(nameof(Illegitimate))]
    public async Task A_role_the_department_may_not_hold_is_unauthenticated(string department, string[] roles)
    {
        var minted = server.Token("u-" + department, department, roles);
        var forged = TokenForge.Signed(
            server.SigningKey,
            server.Auth.Issuer,
            server.Auth.Audience,
            Now.AddMinutes(-5),
            Now.AddHours(1),
            department,
            roles
        );

        foreach (var token in new[] { minted, forged })
        {
            var response = await server.QueryWithToken(token, "{ me { user } }", purpose: null);

            ResponseAssert.JsonError(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        }
    }

    [Theory]
    [MemberData(nameof(Legitimate))]
    public async Task The_roles_of_the_department_are_accepted(string department, string[] roles)
    {
        var response = await server.QueryWithToken(
            server.Token("u-" + department, department, roles),
            "{ me { department { code } " + "roles } }",
            purpose: null
        );

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var me = response.Root.GetProperty("data").GetProperty("me");
        Assert.Equal(department, me.GetProperty("department").GetProperty("code").GetString());
        Assert.Equal(roles.Order(StringComparer.Ordinal), me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
