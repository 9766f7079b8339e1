using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Graph.Schema;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>
/// docs/architecture.md (Publishing a catalog version): a version is built into its schema before it is committed,
/// so a catalog whose schema cannot be built is answered with <c>CATALOG_BUILD_FAILED</c> and nothing is published;
/// an instance that cannot build a version published elsewhere keeps serving its version, logs the failure and
/// tries again on its next refresh. Each test starts its own servers, since every test changes the catalog.
/// </summary>
public sealed class UnbuildableCatalogTests
{
    private const int RefreshSeconds = 5;
    private const string SelectsWebsite = "{ marketEntities(first: 1) { nodes { website } } }";
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_catalog_whose_schema_cannot_be_built_is_not_published_and_the_old_version_keeps_serving()
    {
        var hook = new FailingSchemaBuilder(version: 2);
        using var server = TaijiangServerFactory.WithServices(hook.Decorate);
        var token = server.Token("u-mz", "TJ-MZ", "department");
        var store = server.Services.GetRequiredService<GovernanceStore>();

        var result = (await server.PublishAsync(CatalogVersions.Json(CatalogVersions.WithWebsite))).Data.GetProperty("publishCatalog");

        Assert.False(result.GetProperty("published").GetBoolean());
        Assert.Equal(1, result.GetProperty("version").GetInt32());
        var violation = Assert.Single(result.GetProperty("violations").EnumerateArray());
        Assert.Equal("CATALOG_BUILD_FAILED", violation.GetProperty("code").GetString());
        Assert.Contains("version 2", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("This node cannot build", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, hook.Refused);
        Assert.Equal(1, (await store.LoadPublishedCatalogAsync())!.Version);
        Assert.Equal(1, (await store.LoadDatasetCatalogAsync())!.Version);
        Assert.Equal(1, server.Services.GetRequiredService<SchemaHolder>().Current.CatalogVersion);
        ResponseAssert.JsonError(
            await server.QueryWithToken(token, SelectsWebsite, accept: GraphQLRequests.GraphQLResponse),
            HttpStatusCode.BadRequest,
            "FIELDS_ON_CORRECT_TYPE"
        );
        Assert.Equal(
            3,
            (await server.QueryWithToken(token, "{ marketEntities(first: 3) " + "{ nodes { " + "creditCode } } }"))
                .Data.GetProperty("marketEntities")
                .GetProperty("nodes")
                .GetArrayLength()
        );
        AssertBuildFailureLogged(server, version: 2);

        hook.Failing = false;
        await server.PublishOrFailAsync(CatalogVersions.WithWebsite);
        Assert.Equal(2, (await store.LoadPublishedCatalogAsync())!.Version);
        Assert.Single(
            (await server.QueryWithToken(token, SelectsWebsite)).Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray()
        );
    }

    [Fact]
    public async Task A_version_published_elsewhere_that_this_instance_cannot_build_leaves_its_version_serving_until_a_refresh_builds_it()
    {
        using var publisher = new TaijiangServerFactory();
        var hook = new FailingSchemaBuilder(version: 2);
        using var other = TaijiangServerFactory.WithServices(
            hook.Decorate,
            ("Database:DataFolder", publisher.DataFolder),
            ("Audit:NodeId", "node-b"),
            ("Catalog:RefreshSeconds", RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
        );
        _ = publisher.Services;
        var state = other.Services.GetRequiredService<CatalogState>();
        var token = other.Token("u-mz", "TJ-MZ", "department");
        Assert.Equal(1, state.Current.Version);

        await publisher.PublishOrFailAsync(CatalogVersions.WithWebsite);
        other.Clock.Advance(TimeSpan.FromSeconds(RefreshSeconds));
        await WaitUntilAsync(() => hook.Refused >= 1 && other.Logs.Lines.Any(l => IsBuildFailure(l, 2)));

        Assert.Equal(1, state.Current.Version);
        Assert.Same(state.Served, other.Services.GetRequiredService<SchemaHolder>().Current);
        ResponseAssert.JsonError(
            await other.QueryWithToken(token, SelectsWebsite, accept: GraphQLRequests.GraphQLResponse),
            HttpStatusCode.BadRequest,
            "FIELDS_ON_CORRECT_TYPE"
        );
        Assert.Equal(
            3,
            (await other.QueryWithToken(token, "{ marketEntities(first: 3) " + "{ nodes { " + "creditCode } } }"))
                .Data.GetProperty("marketEntities")
                .GetProperty("nodes")
                .GetArrayLength()
        );
        AssertBuildFailureLogged(other, version: 2);

        other.Clock.Advance(TimeSpan.FromSeconds(RefreshSeconds));
        await WaitUntilAsync(() => hook.Refused >= 2);
        Assert.Equal(1, state.Current.Version);

        hook.Failing = false;
        other.Clock.Advance(TimeSpan.FromSeconds(RefreshSeconds));
        await WaitUntilAsync(() => state.Current.Version == 2);

        Assert.Equal(2, other.Services.GetRequiredService<SchemaHolder>().Current.CatalogVersion);
        Assert.Single(
            (await other.QueryWithToken(token, SelectsWebsite)).Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray()
        );
        Assert.Contains(other.Logs.Lines, l =>
            l.Contains("Catalog version 2 published " + "elsewhere is " + "now served.", StringComparison.Ordinal)
        );
    }

    private static bool IsBuildFailure(string line, int version) =>
        line.StartsWith("Error ", StringComparison.Ordinal)
        && line.Contains($"Catalog version {version} cannot " + $"be built " + $"into a schema", StringComparison.Ordinal);

    private static void AssertBuildFailureLogged(TaijiangServerFactory server, int version)
    {
        var line = server.Logs.Lines.FirstOrDefault(l => IsBuildFailure(l, version));
        Assert.NotNull(line);
        Assert.Contains("Version=" + version, line, StringComparison.Ordinal);
        Assert.Contains("Served=1", line, StringComparison.Ordinal);
        Assert.Contains("This node cannot build catalog version 2", line, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + MaxWait;
        while (!condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The refresh did not happen in time.");
            await Task.Delay(20);
        }
    }
}
