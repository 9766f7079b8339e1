using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>
/// The bureau publishes but does not open another department's data: a catalog that makes the bureau the provider of
/// <c>household_person</c> is refused with <c>PROVIDER_CHANGED</c>, and one that widens an item of a resource the
/// bureau does not provide with <c>CHANGE_BY_NON_PROVIDER</c>; nothing is published and every value reads as before.
/// </summary>
public sealed class NonProviderPublishTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string People = "{ householdPeople(first: 5) { nodes { idNumber name maritalStatus } } }";

    public static TheoryData<string, string, string> Widenings() =>
        new()
        {
            { "household_person", "marital_status", "sharing NOT_SHARED → UNCONDITIONAL" },
            { "household_person", "id_number", "mask removed" },
            { "household_person", "name", "lookup flag added" },
            { "household_person", "key_person_flag", "declassified" },
            { "market_entity", "legal_rep", "sharing CONDITIONAL → UNCONDITIONAL" },
            { "subsistence_allowance", "health_condition", "sharing NOT_SHARED → CONDITIONAL with a new basis" },
        };

    [Fact]
    public async Task The_bureau_cannot_make_itself_the_provider_of_a_resource()
    {
        var takeover = Next().WithResource("household_person", r => r with { Provider = "TJ-DSJ" });

        var result = (await server.PublishAsync(CatalogVersions.Json(takeover))).DataWithoutErrors().GetProperty("publishCatalog");

        Assert.False(result.GetProperty("published").GetBoolean());
        Assert.Equal(1, result.GetProperty("version").GetInt32());
        var violation = Assert.Single(result.GetProperty("violations").EnumerateArray());
        Assert.Equal(
            ("PROVIDER_CHANGED", "household_person"),
            (violation.GetProperty("code").GetString(), violation.GetProperty("resource").GetString())
        );
        Assert.Contains("TJ-GA → TJ-DSJ", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertUnchangedAsync();
    }

    [Theory]
    [MemberData(nameof(Widenings))]
    public async Task The_bureau_cannot_widen_an_item_it_does_not_provide(string resource, string item, string change)
    {
        var widened = Next().WithItem(resource, item, Widen(change));

        var result = (await server.PublishAsync(CatalogVersions.Json(widened))).DataWithoutErrors().GetProperty("publishCatalog");

        Assert.False(result.GetProperty("published").GetBoolean());
        var violation = Assert.Single(result.GetProperty("violations").EnumerateArray());
        Assert.Equal(
            ("CHANGE_BY_NON_PROVIDER", resource, item),
            (
                violation.GetProperty("code").GetString(),
                violation.GetProperty("resource").GetString(),
                violation.GetProperty("item").GetString()
            )
        );
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task A_refused_publication_leaves_no_catalog_event()
    {
        await server.PublishAsync(CatalogVersions.Json(Next().WithResource("household_person", r => r with { Provider = "TJ-DSJ" })));

        var events = (
            await server.QueryWithToken(
                server.BureauToken(),
                "{ governanceEvents(kind: " + "\"CATALOG_PUBLISHED\") { actor " + "after } }",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("governanceEvents")
            .EnumerateArray()
            .ToList();

        Assert.Equal("seed", Assert.Single(events).GetProperty("actor").GetString());
    }

    private static DataCatalog Next() => CatalogVersions.Sample with { Version = 2 };

    private static Func<CatalogItem, CatalogItem> Widen(string change) =>
        change switch
        {
            "sharing NOT_SHARED → " + "UNCONDITIONAL" or "sharing CONDITIONAL → " + "UNCONDITIONAL" => i =>
                i with
                {
                    Sharing = SharingType.Unconditional,
                    Mask = MaskingRule.None,
                },
            "mask removed" => i => i with { Mask = MaskingRule.None },
            "lookup flag added" => i => i with { IsLookup = true },
            "declassified" => i => i with { Sharing = SharingType.Unconditional },
            "sharing NOT_SHARED → CONDITIONAL with a new basis" => i =>
                i with
                {
                    Sharing = SharingType.Conditional,
                    LegalBasis = "区大数据局统筹",
                },
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "No such change."),
        };

    /// <summary>Version 1 is served: the provider reads raw, the bureau and TJ-MZ read as the sample grants them.</summary>
    private async Task AssertUnchangedAsync()
    {
        var provider = (
            await server.QueryWithToken(server.Token("u-ga", "TJ-GA", "department"), People, accept: GraphQLRequests.GraphQLResponse)
        )
            .DataWithoutErrors()
            .GetProperty("householdPeople")
            .GetProperty("nodes");
        Assert.Contains(provider.EnumerateArray(), n => n.GetProperty("maritalStatus").ValueKind == JsonValueKind.String);
        Assert.All(provider.EnumerateArray(), n =>
            Assert.DoesNotContain("*", n.GetProperty("idNumber").GetString(), StringComparison.Ordinal)
        );

        var bureau = await server.QueryWithToken(server.BureauToken(), People, accept: GraphQLRequests.GraphQLResponse);
        Assert.Equal(
            ["FORBIDDEN_CONDITIONAL", "FORBIDDEN_CONDITIONAL", "FORBIDDEN_NOT_SHARED"],
            bureau.ErrorCodes.Order(StringComparer.Ordinal)
        );
        Assert.All(bureau.Root.GetProperty("data").GetProperty("householdPeople").GetProperty("nodes").EnumerateArray(), n =>
            Assert.Equal(JsonValueKind.Null, n.GetProperty("maritalStatus").ValueKind)
        );

        var mz = await server.QueryWithToken(server.Token("u-mz", "TJ-MZ", "department"), People, accept: GraphQLRequests.GraphQLResponse);
        Assert.Equal(["FORBIDDEN_NOT_SHARED"], mz.ErrorCodes);
        Assert.All(mz.Root.GetProperty("data").GetProperty("householdPeople").GetProperty("nodes").EnumerateArray(), n =>
            Assert.Contains("********", n.GetProperty("idNumber").GetString(), StringComparison.Ordinal)
        );

        var resource = (
            await server.QueryWithToken(
                server.BureauToken(),
                "{ resource(code: \"350103-GA-0001\") " + "{ version " + "provider { " + "code } } }",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("resource");
        Assert.Equal(
            (1, "TJ-GA"),
            (resource.GetProperty("version").GetInt32(), resource.GetProperty("provider").GetProperty("code").GetString())
        );
    }
}
