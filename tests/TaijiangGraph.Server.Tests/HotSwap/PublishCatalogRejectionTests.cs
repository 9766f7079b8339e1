using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>
/// <c>publishCatalog</c> refuses callers other than the bureau (<c>FORBIDDEN</c>) and catalogs that break a rule
/// (<c>published: false</c> with violations naming the item, or <c>CATALOG_MALFORMED</c>); nothing changes.
/// </summary>
public sealed class PublishCatalogRejectionTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    public static TheoryData<string, string> InvalidCatalogs() =>
        new()
        {
            { "LEGAL_BASIS_REQUIRED", "website" },
            { "ITEM_TYPE_CHANGED", "registered_capital" },
            { "ITEM_REMOVED", "entity_type" },
        };

    [Theory]
    [InlineData("TJ-SCJG", new[] { "department", "cdo" })]
    [InlineData("CITY-DSJ", new[] { "reviewer" })]
    [InlineData("TJ-DSJ", new[] { "department" })]
    public async Task Only_the_bureau_may_publish_a_catalog(string department, string[] roles)
    {
        var result = await server.PublishAsync(
            CatalogVersions.Json(CatalogVersions.WithWebsite),
            server.Token("u-" + department, department, roles)
        );

        Assert.Equal(["FORBIDDEN"], result.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, result.Root.GetProperty("data").ValueKind);
        await AssertUnchangedAsync();
    }

    [Theory]
    [MemberData(nameof(InvalidCatalogs))]
    public async Task An_invalid_catalog_is_not_published_and_the_violation_names_the_item(string code, string item)
    {
        var result = (await server.PublishAsync(CatalogVersions.Json(Invalid(code)))).DataWithoutErrors().GetProperty("publishCatalog");

        Assert.False(result.GetProperty("published").GetBoolean());
        Assert.Equal(1, result.GetProperty("version").GetInt32());
        var violation = Assert.Single(result.GetProperty("violations").EnumerateArray(), v => v.GetProperty("code").GetString() == code);
        Assert.Equal(item, violation.GetProperty("item").GetString());
        Assert.Equal(CatalogVersions.MarketEntity, violation.GetProperty("resource").GetString());
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task A_catalog_whose_version_does_not_increase_is_not_published()
    {
        var result = (await server.PublishAsync(CatalogVersions.Json(CatalogVersions.WithWebsite with { Version = 1 })))
            .DataWithoutErrors()
            .GetProperty("publishCatalog");

        Assert.False(result.GetProperty("published").GetBoolean());
        Assert.Contains(
            "VERSION_NOT_INCREASED",
            result.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString())
        );
        await AssertUnchangedAsync();
    }

    /// <summary>Names the schema holds beside the catalog (docs/errors.md, <c>NAME_RESERVED</c>), none of them in a list kept by
    /// hand.</summary>
    [Theory]
    [InlineData("date_time_offset", "date_time_offsets")]
    [InlineData("string_operation", "string_operations")]
    [InlineData("ledger", "governance_events")]
    public async Task A_resource_named_after_a_name_the_schema_holds_is_not_published(string singular, string plural)
    {
        var template = CatalogVersions.Sample.FindResource("subsistence_allowance")!;
        var added = template with
        {
            Code = "350103-TEST-0001",
            ApiName = singular,
            PluralApiName = plural,
            Provider = "TJ-DSJ",
            Items = [.. template.Items.Select(i => i with { Reference = null })],
        };
        var catalog = CatalogVersions.Sample with { Version = 2, Resources = [.. CatalogVersions.Sample.Resources, added] };

        var result = (await server.PublishAsync(CatalogVersions.Json(catalog))).Data.GetProperty("publishCatalog");

        Assert.False(result.GetProperty("published").GetBoolean());
        Assert.Equal(1, result.GetProperty("version").GetInt32());
        var violation = Assert.Single(result.GetProperty("violations").EnumerateArray());
        Assert.Equal(
            ("NAME_RESERVED", singular),
            (violation.GetProperty("code").GetString(), violation.GetProperty("resource").GetString())
        );
        await AssertUnchangedAsync();
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"version\": \"two\"}")]
    public async Task A_malformed_catalog_is_not_published(string json)
    {
        var result = (await server.PublishAsync(json)).DataWithoutErrors().GetProperty("publishCatalog");

        Assert.False(result.GetProperty("published").GetBoolean());
        Assert.Equal(1, result.GetProperty("version").GetInt32());
        Assert.Equal("CATALOG_MALFORMED", Assert.Single(result.GetProperty("violations").EnumerateArray()).GetProperty("code").GetString());
        await AssertUnchangedAsync();
    }

    private static DataCatalog Invalid(string code) =>
        code switch
        {
            "LEGAL_BASIS_REQUIRED" => CatalogVersions.Change(CatalogVersions.Sample, 2, items =>
                [.. items, CatalogVersions.Website with { Sharing = SharingType.Conditional }]
            ),
            "ITEM_TYPE_CHANGED" => CatalogVersions.Change(CatalogVersions.Sample, 2, items =>
                items.Select(i => i.ApiName == "registered_capital" ? i with { Type = DataType.String } : i)
            ),
            "ITEM_REMOVED" => CatalogVersions.Change(CatalogVersions.Sample, 2, items => items.Where(i => i.ApiName != "entity_type")),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No such invalid catalog."),
        };

    private async Task AssertUnchangedAsync()
    {
        var token = server.Token("u-mz", "TJ-MZ", "department");
        var resource = (
            await server.QueryWithToken(
                token,
                $"{{ resource(code: \"{CatalogVersions.MarketEntityCode}\") {{ version items {{ apiName }} }} }}",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("resource");
        Assert.Equal(1, resource.GetProperty("version").GetInt32());
        Assert.DoesNotContain("website", resource.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("apiName").GetString()));
        Assert.Equal(
            3,
            (
                await server.QueryWithToken(
                    token,
                    "{ marketEntities(first: 3) " + "{ nodes { " + "entityType } } }",
                    accept: GraphQLRequests.GraphQLResponse
                )
            )
                .DataWithoutErrors()
                .GetProperty("marketEntities")
                .GetProperty("nodes")
                .GetArrayLength()
        );
    }
}
