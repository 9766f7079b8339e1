using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.TrustedDocuments;

namespace TaijiangGraph.Server.Tests.RateLimiting;

/// <summary>
/// README (Rate limits): with a 60 s window of <see cref="Permits"/> requests per department (and one per app), the
/// next request gets 429 <c>RATE_LIMITED</c> with <c>Retry-After</c> and leaves no audit record; other departments
/// and apps are unaffected.
/// </summary>
public sealed class RateLimitTests : IClassFixture<TaijiangServerFactory>
{
    private const int Permits = 3;
    private const string Me = "{ me { user } }";

    private readonly WebApplicationFactory<Program> _app;

    public RateLimitTests(TaijiangServerFactory server) =>
        _app = server.WithWebHostBuilder(b =>
            b.UseSetting("RateLimits:Department:PermitLimit", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .UseSetting("RateLimits:Department:WindowSeconds", "120")
                .UseSetting("RateLimits:App:PermitLimit", "1")
                .UseSetting("RateLimits:App:WindowSeconds", "120")
        );

    [Fact]
    public async Task The_request_over_a_departments_limit_gets_429_with_retry_after_and_no_audit_record()
    {
        var user = Trail.NewUser("rs");
        var token = Token(user, "TJ-RS");
        for (var i = 0; i < Permits; i++)
        {
            var ok = await _app.SendWithToken(token, GraphQLRequests.Body(Me, purpose: null), GraphQLRequests.GraphQLResponse);
            Assert.True(ok.Status == HttpStatusCode.OK, ok.Text);
        }

        var store = _app.Services.GetRequiredService<AuditStore>();
        var before = await store.CountAsync();
        var response = await _app.SendWithToken(token, GraphQLRequests.Body(Me, purpose: null), GraphQLRequests.GraphQLResponse);

        ResponseAssert.JsonError(response, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        var retryAfter = Assert.Single(response.Header("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 120);
        Assert.Equal(before, await store.CountAsync());
        Assert.Equal(Permits, (await Trail.OfUser(_app, user)).Count);
        Assert.Contains("RATE_LIMITED", response.Text, StringComparison.Ordinal);

        var other = await _app.SendWithToken(
            Token(Trail.NewUser("ga"), "TJ-GA"),
            GraphQLRequests.Body(Me, purpose: null),
            GraphQLRequests.GraphQLResponse
        );
        Assert.True(other.Status == HttpStatusCode.OK, other.Text);
    }

    [Fact]
    public async Task An_apps_limit_is_its_own_and_leaves_other_apps_of_the_department_alone()
    {
        var token = Token(Trail.NewUser("sw"), "TJ-SW", "sw-app");
        var ok = await _app.SendWithToken(token, GraphQLRequests.Body(Me, purpose: null), GraphQLRequests.GraphQLResponse);
        Assert.True(ok.Status == HttpStatusCode.OK, ok.Text);

        var limited = await _app.SendWithToken(token, GraphQLRequests.Body(Me, purpose: null), GraphQLRequests.GraphQLResponse);
        var otherApp = await _app.SendWithToken(
            Token(Trail.NewUser("sw"), "TJ-SW", "sw-other"),
            GraphQLRequests.Body(Me, purpose: null),
            GraphQLRequests.GraphQLResponse
        );

        ResponseAssert.JsonError(limited, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        Assert.True(limited.Headers.ContainsKey("Retry-After"));
        Assert.True(otherApp.Status == HttpStatusCode.OK, otherApp.Text);
    }

    private string Token(string user, string dept, string? app = null) =>
        _app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, dept, ["department"], app: app);
}
