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
        _app = server.WithWebHostBuilder(b => b
            .UseSetting("RateLimits:Department:PermitLimit", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("RateLimits:Department:WindowSeconds", "120")
            .UseSetting("RateLimits:App:PermitLimit", "1")
            .UseSetting("RateLimits:App:WindowSeconds", "120"));

    [Fact]
    public async Task The_request_over_a_departments_limit_gets_429_with_retry_after_and_no_audit_record()
    {
        var user = Trail.NewUser("rs");
        var token = Token(user, "TJ-RS");
        for (var i = 0; i < Permits; i++)
        {
            var (ok, okBody) = await TrustedDocumentHttp.PostAsync(_app, token, new { query = Me });
            Assert.True(ok.StatusCode == HttpStatusCode.OK, okBody);
        }

        var store = _app.Services.GetRequiredService<AuditStore>();
        var before = await store.CountAsync();
        var (response, body) = await TrustedDocumentHttp.PostAsync(_app, token, new { query = Me });

        await ResponseAssert.JsonError(response, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 120);
        Assert.Equal(before, await store.CountAsync());
        Assert.Equal(Permits, (await Trail.OfUser(_app, user)).Count);
        Assert.Contains("RATE_LIMITED", body, StringComparison.Ordinal);

        var (other, otherBody) = await TrustedDocumentHttp.PostAsync(_app, Token(Trail.NewUser("ga"), "TJ-GA"), new { query = Me });
        Assert.True(other.StatusCode == HttpStatusCode.OK, otherBody);
    }

    [Fact]
    public async Task An_apps_limit_is_its_own_and_leaves_other_apps_of_the_department_alone()
    {
        var token = Token(Trail.NewUser("sw"), "TJ-SW", "sw-app");
        var (ok, okBody) = await TrustedDocumentHttp.PostAsync(_app, token, new { query = Me });
        Assert.True(ok.StatusCode == HttpStatusCode.OK, okBody);

        var (limited, _) = await TrustedDocumentHttp.PostAsync(_app, token, new { query = Me });
        var (otherApp, otherBody) = await TrustedDocumentHttp.PostAsync(_app, Token(Trail.NewUser("sw"), "TJ-SW", "sw-other"), new { query = Me });

        await ResponseAssert.JsonError(limited, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.True(otherApp.StatusCode == HttpStatusCode.OK, otherBody);
    }

    private string Token(string user, string dept, string? app = null) =>
        _app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, dept, ["department"], app: app);
}
