using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Governance;

/// <summary>
/// docs/audit.md (Who sees what): <c>governanceEvents</c> shows the bureau every event and a provider the events about
/// its own resources — the grants issued on them included.
/// </summary>
public sealed class GovernanceEventVisibilityTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string GrantEvents = "{ governanceEvents(kind: \"GRANT_ADDED\", first: 100) { subject resource } }";

    [Fact]
    public async Task A_provider_sees_the_grants_issued_on_its_own_resources_and_no_others()
    {
        var all = await EventsAsync("TJ-DSJ");
        var catalog = server.Services.GetRequiredService<ICatalogState>().Current;

        Assert.NotEmpty(all);
        Assert.All(all, e => Assert.NotNull(catalog.FindResource(e.Resource!)));
        var providers = all.Select(e => catalog.FindResource(e.Resource!)!.Provider).Distinct().ToList();
        foreach (var provider in providers)
        {
            Assert.Equal(all.Where(e => catalog.FindResource(e.Resource!)!.Provider == provider).ToList(), await EventsAsync(provider));
        }

        var outsider = catalog.Departments.Select(d => d.Code).First(d => d != "TJ-DSJ" && !providers.Contains(d));
        Assert.Empty(await EventsAsync(outsider));
    }

    private async Task<List<(string? Subject, string? Resource)>> EventsAsync(string department)
    {
        var reply = await server.Query(department, GrantEvents);
        Assert.Empty(reply.Errors);
        return reply
            .Data.GetProperty("governanceEvents")
            .EnumerateArray()
            .Select(e => (e.GetProperty("subject").GetString(), e.GetProperty("resource").GetString()))
            .ToList();
    }
}
