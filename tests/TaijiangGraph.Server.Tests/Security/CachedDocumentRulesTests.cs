using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// docs/architecture.md (document cache): a document cached after one caller's request skips only the standard rules; the
/// caller-specific rules run again for every caller who sends the same text.
/// </summary>
public sealed class CachedDocumentRulesTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public async Task A_document_cached_for_the_provider_is_still_refused_item_by_item_to_a_department_without_a_grant()
    {
        // A unique alias makes the text new to the cache; the provider's read caches it.
        const string query = "{ cachedRules: householdPeople(first: 2) { nodes { name birthDate } } }";
        var provider = await AuditHttp.Post(server, AuditHttp.Token(server, Trail.NewUser("ga"), "TJ-GA"), query);
        var consumer = await AuditHttp.Post(server, AuditHttp.Token(server, Trail.NewUser("jy"), "TJ-JY"), query);

        Assert.Empty(provider.ErrorCodes);
        Assert.Contains("FORBIDDEN_CONDITIONAL", consumer.ErrorCodes);
    }

    [Fact]
    public async Task An_introspection_document_cached_for_a_person_is_refused_to_an_app()
    {
        const string query = "{ cachedIntrospection: __schema { queryType { name } } }";
        var person = await server.QueryWithToken(server.Token("cache-person", "TJ-JY", "department"), query, purpose: null);
        var appToken = server
            .Services.GetRequiredService<DevelopmentTokenIssuer>()
            .Issue("cache-app", "TJ-JY", ["department"], app: "portal");
        var app = await server.QueryWithToken(appToken, query, purpose: null);

        Assert.True(person.Root.TryGetProperty("data", out _));
        Assert.False(app.Root.TryGetProperty("data", out _));
        Assert.Equal("NO_INTROSPECTION", app.Root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
