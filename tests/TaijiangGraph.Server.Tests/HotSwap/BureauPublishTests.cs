using System.Net;
using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>
/// What the bureau may still publish for resources it does not provide: retirements, added items and added resources;
/// the <c>CATALOG_PUBLISHED</c> governance event carries the changes with their values before and after. Each test
/// starts its own server, since each changes the catalog.
/// </summary>
public sealed class BureauPublishTests
{
    private static readonly CatalogItem Nationality = new()
    {
        ApiName = "nationality",
        Name = "国籍",
        Type = DataType.String,
    };

    private static readonly CatalogResource DataAsset = new()
    {
        Code = "350103-DSJ-0001",
        ApiName = "data_asset",
        PluralApiName = "data_assets",
        Name = "数据资产登记",
        Provider = "TJ-DSJ",
        Version = 2,
        Items =
        [
            new CatalogItem
            {
                ApiName = "asset_code",
                Name = "资产编号",
                Type = DataType.String,
                IsKey = true,
            },
        ],
    };

    /// <summary>Version 2: household_person.marital_status retired, household_person.nationality and the resource data_asset
    /// added.</summary>
    private static DataCatalog Version2
    {
        get
        {
            var changed = (CatalogVersions.Sample with { Version = 2 })
                .WithItem("household_person", "marital_status", i => i with { Retired = true })
                .WithResource("household_person", r => r with { Version = 2, Items = [.. r.Items, Nationality] });
            return changed with { Resources = [.. changed.Resources, DataAsset] };
        }
    }

    [Fact]
    public async Task The_bureau_may_retire_an_item_and_add_items_and_resources_of_other_providers()
    {
        using var server = new TaijiangServerFactory();

        await server.PublishOrFailAsync(Version2);

        var ga = server.Token("u-ga", "TJ-GA", "department");
        var retired = await server.QueryWithToken(
            ga,
            "{ householdPeople(first: 1) " + "{ nodes { " + "maritalStatus } } }",
            accept: GraphQLRequests.GraphQLResponse
        );
        ResponseAssert.JsonError(retired, HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE");
        var people = (
            await server.QueryWithToken(
                ga,
                "{ householdPeople(first: 5) { " + "totalCount nodes { " + "idNumber " + "nationality } } }",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("householdPeople");
        Assert.True(people.GetProperty("totalCount").GetInt64() > 0);
        Assert.All(people.GetProperty("nodes").EnumerateArray(), n =>
            Assert.Equal(JsonValueKind.Null, n.GetProperty("nationality").ValueKind)
        );
        var assets = (
            await server.QueryWithToken(
                server.BureauToken(),
                "{ dataAssets(first: 1) { " + "totalCount } }",
                accept: GraphQLRequests.GraphQLResponse
            )
        ).DataWithoutErrors();
        Assert.Equal(0, assets.GetProperty("dataAssets").GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task The_catalog_published_event_carries_every_change_with_its_values_before_and_after()
    {
        using var server = new TaijiangServerFactory();
        await server.PublishOrFailAsync(Version2);

        var events = (
            await server.QueryWithToken(
                server.BureauToken(),
                "{ governanceEvents(kind: " + "\"CATALOG_PUBLISHED\", " + "first: 1) { " + "actor subject before after } }",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("governanceEvents");

        var published = Assert.Single(events.EnumerateArray());
        Assert.Equal(
            ("bureau-admin", "catalog"),
            (published.GetProperty("actor").GetString(), published.GetProperty("subject").GetString())
        );
        using var before = JsonDocument.Parse(published.GetProperty("before").GetString()!);
        Assert.Equal(1, before.RootElement.GetProperty("version").GetInt32());
        using var after = JsonDocument.Parse(published.GetProperty("after").GetString()!);
        var root = after.RootElement;
        Assert.Equal(
            (2, "热更新测试", "TJ-DSJ"),
            (root.GetProperty("version").GetInt32(), root.GetProperty("note").GetString(), root.GetProperty("department").GetString())
        );
        var changes = root.GetProperty("changes");
        Assert.Equal((1, 2), (changes.GetProperty("fromVersion").GetInt32(), changes.GetProperty("toVersion").GetInt32()));
        Assert.Empty(changes.GetProperty("departments").EnumerateArray());
        Assert.Equal(
            [
                ("household_person", "marital_status", "RETIRED", "false", "true"),
                ("household_person", "nationality", "ADDED", null, "UNCONDITIONAL"),
            ],
            changes
                .GetProperty("items")
                .EnumerateArray()
                .Select(c => (Text(c, "resource"), Text(c, "item"), Text(c, "kind"), Text(c, "before"), Text(c, "after")))
        );
        Assert.Equal(
            [("data_asset", "ADDED", null, "TJ-DSJ")],
            changes
                .GetProperty("resources")
                .EnumerateArray()
                .Select(c => (Text(c, "resource"), Text(c, "kind"), Text(c, "before"), Text(c, "after")))
        );
    }

    private static string? Text(JsonElement change, string property) =>
        change.GetProperty(property).ValueKind == JsonValueKind.Null ? null : change.GetProperty(property).GetString();
}
