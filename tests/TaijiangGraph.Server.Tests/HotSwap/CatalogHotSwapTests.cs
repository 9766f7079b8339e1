using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>
/// docs/architecture.md (Publishing a catalog version): publishing a catalog version swaps the schema in without restart while queries keep
/// running;
/// an added item is served at once, a retired one is a validation error (not a 500), and cursors of the previous
/// version stop working. Each test starts its own server, since every test changes the catalog.
/// </summary>
public sealed class CatalogHotSwapTests
{
    private const int MaxRequestsPerLoad = 200;
    private static readonly TimeSpan MaxLoadDuration = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Publishing_a_new_version_while_queries_run_serves_the_added_item_without_restart()
    {
        using var server = new TaijiangServerFactory();
        var token = server.Token("u-mz", "TJ-MZ", "department");
        var total = (await server.QueryWithToken(token, "{ marketEntities { totalCount } }", accept: GraphQLRequests.GraphQLResponse))
            .DataWithoutErrors()
            .GetProperty("marketEntities")
            .GetProperty("totalCount")
            .GetInt64();
        var before = await server.QueryWithToken(
            token,
            "{ marketEntities(first: 1) " + "{ nodes { " + "website } } }",
            accept: GraphQLRequests.GraphQLResponse
        );
        ResponseAssert.JsonError(before, HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE");

        QueryLoad[] loads = [new(), new()];
        using var stop = new CancellationTokenSource();
        var running = new[] { "TJ-MZ", "TJ-JY" }
            .Select((dept, i) => Task.Run(() => loads[i].RunAsync(server, dept, MaxRequestsPerLoad, MaxLoadDuration, stop.Token)))
            .ToList();
        await WaitUntilAsync(() => loads.All(l => l.Sent >= 5));
        await server.PublishOrFailAsync(CatalogVersions.WithWebsite);
        var sentWhilePublishing = loads.Sum(l => l.Sent);
        await WaitUntilAsync(() => loads.Sum(l => l.Sent) >= sentWhilePublishing + 10);
        await stop.CancelAsync();
        await Task.WhenAll(running);

        Assert.Empty(loads.SelectMany(l => l.Failures));
        Assert.InRange(loads.Sum(l => l.Sent), 20, 2 * MaxRequestsPerLoad);
        var nodes = (
            await server.QueryWithToken(
                token,
                "{ marketEntities(first: 100, order: [{ website: ASC }], "
                    + "where: { "
                    + "website: { "
                    + "eq: null } }) { totalCount nodes { creditCode website } } }",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("marketEntities");
        Assert.Equal(total, nodes.GetProperty("totalCount").GetInt64());
        Assert.All(nodes.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("website").ValueKind));
        var items = (
            await server.QueryWithToken(
                token,
                $"{{ resource(code: \"{CatalogVersions.MarketEntityCode}\") {{ version items {{ apiName name sharingType }} }} }}",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("resource");
        var website = Assert.Single(items.GetProperty("items").EnumerateArray(), i => i.GetProperty("apiName").GetString() == "website");
        Assert.Equal("网址", website.GetProperty("name").GetString());
        Assert.Equal("UNCONDITIONAL", website.GetProperty("sharingType").GetString());
        Assert.Equal(2, items.GetProperty("version").GetInt32());
        var field = Assert.Single(await FieldsAsync(server, token, "MarketEntity"), f => f.GetProperty("name").GetString() == "website");
        Assert.Contains("网址", field.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(
            "website",
            (await FieldsAsync(server, token, "MarketEntityFilterInput")).Select(f => f.GetProperty("name").GetString())
        );
        Assert.Contains(
            "website",
            (await FieldsAsync(server, token, "MarketEntitySortInput")).Select(f => f.GetProperty("name").GetString())
        );
    }

    [Fact]
    public async Task A_retired_item_gets_a_validation_error_and_not_a_server_error()
    {
        using var server = new TaijiangServerFactory();
        var token = server.Token("u-mz", "TJ-MZ", "department");
        const string SelectsEntityType = "{ marketEntities(first: 3) { nodes { creditCode entityType } } }";
        Assert.Equal(
            3,
            (await server.QueryWithToken(token, SelectsEntityType, accept: GraphQLRequests.GraphQLResponse))
                .DataWithoutErrors()
                .GetProperty("marketEntities")
                .GetProperty("nodes")
                .GetArrayLength()
        );

        await server.PublishOrFailAsync(CatalogVersions.WithWebsite);
        await server.PublishOrFailAsync(CatalogVersions.WithoutEntityType);

        var selected = await server.QueryWithToken(token, SelectsEntityType, accept: GraphQLRequests.GraphQLResponse);
        ResponseAssert.JsonError(selected, HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE");
        Assert.Equal(GraphQLRequests.GraphQLResponse, selected.MediaType);
        foreach (
            var query in new[]
            {
                "{ marketEntities(first: 3, where: { entityType: { eq: \"股份有限公司\" } }) { nodes { creditCode } } }",
                "{ marketEntities(first: 3, order: [{ entityType: ASC }]) { nodes { creditCode } } }",
                "{ marketEntity(creditCode: \"x\") { entityType } }",
            }
        )
        {
            var rejected = await server.QueryWithToken(token, query, accept: GraphQLRequests.GraphQLResponse);
            ResponseAssert.JsonError(rejected, HttpStatusCode.BadRequest);
            Assert.All(rejected.ErrorCodes, Assert.NotNull);
        }

        var rest = (
            await server.QueryWithToken(
                token,
                "{ marketEntities(first: 3) " + "{ nodes { " + "creditCode name " + "website } } }",
                accept: GraphQLRequests.GraphQLResponse
            )
        ).DataWithoutErrors();
        Assert.Equal(3, rest.GetProperty("marketEntities").GetProperty("nodes").GetArrayLength());
        Assert.DoesNotContain(
            "entityType",
            (await FieldsAsync(server, token, "MarketEntity")).Select(f => f.GetProperty("name").GetString())
        );
    }

    [Fact]
    public async Task A_cursor_issued_before_a_new_catalog_version_is_rejected_after_it()
    {
        using var server = new TaijiangServerFactory();
        var token = server.Token("u-mz", "TJ-MZ", "department");
        const string Page =
            "query($after: String) { "
            + "marketEntities(first: 5, "
            + "after: $after, "
            + "order: [{ "
            + "status: ASC }]) "
            + "{ nodes { "
            + "creditCode } pageInfo { endCursor } } }";
        var cursor = (await server.QueryWithToken(token, Page, new { after = (string?)null }, accept: GraphQLRequests.GraphQLResponse))
            .DataWithoutErrors()
            .GetProperty("marketEntities")
            .GetProperty("pageInfo")
            .GetProperty("endCursor")
            .GetString();
        Assert.Equal(
            5,
            (await server.QueryWithToken(token, Page, new { after = cursor }, accept: GraphQLRequests.GraphQLResponse))
                .DataWithoutErrors()
                .GetProperty("marketEntities")
                .GetProperty("nodes")
                .GetArrayLength()
        );

        await server.PublishOrFailAsync(CatalogVersions.WithWebsite);
        var result = await server.QueryWithToken(token, Page, new { after = cursor }, accept: GraphQLRequests.GraphQLResponse);

        ResponseAssert.JsonError(result, HttpStatusCode.BadRequest, "INVALID_CURSOR");
        Assert.Equal(GraphQLRequests.GraphQLResponse, result.MediaType);
    }

    private static async Task<IReadOnlyList<JsonElement>> FieldsAsync(TaijiangServerFactory server, string token, string type)
    {
        var found = (
            await server.QueryWithToken(
                token,
                $"{{ __type(name: \"{type}\") {{ fields {{ name description }} inputFields {{ name description }} }} }}",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("__type");
        var fields = found.GetProperty(found.GetProperty("fields").ValueKind == JsonValueKind.Array ? "fields" : "inputFields");
        return fields.EnumerateArray().ToList();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + MaxLoadDuration;
        while (!condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The background queries did not make progress in time.");
            await Task.Delay(10);
        }
    }
}
