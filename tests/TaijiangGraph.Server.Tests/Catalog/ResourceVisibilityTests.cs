using System.Net;
using System.Text.Json;
using Snapshooter.Xunit;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Catalog;

/// <summary>docs/policy.md (Sharing types): the catalog lists every resource, and classified items only to their provider and the
/// bureau.</summary>
public sealed class ResourceVisibilityTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string ResourcesQuery = "{ resources { code items { apiName sharingType } } }";

    private static readonly string[] SampleCodes =
    [
        "350103-SCJG-0001",
        "350103-GA-0001",
        "350103-RS-0001",
        "350103-MZ-0001",
        "350103-SW-0001",
    ];

    [Fact]
    public async Task A_consuming_department_sees_the_five_resources_and_no_classified_item()
    {
        var (response, body, text) = await Query(server.Token("u-jy", "TJ-JY", "department"), ResourcesQuery);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(SampleCodes, Codes(body));
        Assert.DoesNotContain("key_person_flag", text, StringComparison.Ordinal);
        Assert.DoesNotContain("audit_case_ref", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CLASSIFIED", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_sees_its_own_classified_item_but_not_another_providers()
    {
        var (_, body, text) = await Query(server.Token("u-ga", "TJ-GA", "department"), ResourcesQuery);

        Assert.Equal(SampleCodes, Codes(body));
        Assert.Equal("CLASSIFIED", SharingTypeOf(body, "350103-GA-0001", "key_person_flag"));
        Assert.DoesNotContain("audit_case_ref", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bureau_sees_every_classified_item()
    {
        var (_, body, _) = await Query(server.Token("u-dsj", "TJ-DSJ", "bureau"), ResourcesQuery);

        Assert.Equal("CLASSIFIED", SharingTypeOf(body, "350103-GA-0001", "key_person_flag"));
        Assert.Equal("CLASSIFIED", SharingTypeOf(body, "350103-SW-0001", "audit_case_ref"));
    }

    [Fact]
    public async Task Filtering_by_classified_sharing_type_finds_nothing_for_a_consumer()
    {
        var (response, body, _) = await Query(
            server.Token("u-jy", "TJ-JY", "department"),
            "{ resources(sharingType: " + "CLASSIFIED) { " + "apiName } }"
        );

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(0, body.GetProperty("data").GetProperty("resources").GetArrayLength());
    }

    [Fact]
    public async Task Filtering_by_classified_sharing_type_finds_the_two_resources_with_classified_items_for_the_bureau()
    {
        var (_, body, _) = await Query(server.Token("u-dsj", "TJ-DSJ", "bureau"), "{ resources(sharingType: CLASSIFIED) { apiName } }");

        var names = body.GetProperty("data")
            .GetProperty("resources")
            .EnumerateArray()
            .Select(r => r.GetProperty("apiName").GetString())
            .ToList();
        Assert.Equal(["household_person", "tax_payment"], names);
    }

    [Fact]
    public async Task The_bureaus_full_catalog_matches_the_snapshot()
    {
        var snapshotName = Snapshot.FullName();
        var (response, body, _) = await Query(server.Token("u-dsj", "TJ-DSJ", "bureau"), FullResourcesQuery);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(body.TryGetProperty("errors", out _));
        Assert.Equal(SampleCodes, Codes(body));
        var amount = Item(body, "350103-MZ-0001", "monthly_amount");
        Assert.Equal("decimal(18,2)", amount.GetProperty("dataType").GetString());
        Assert.Equal(2, amount.GetProperty("scale").GetInt32());
        var legalRepId = Item(body, "350103-SCJG-0001", "legal_rep_id");
        Assert.Equal("ID_NUMBER", legalRepId.GetProperty("maskingRule").GetString());
        Assert.True(legalRepId.GetProperty("isLookup").GetBoolean());
        Assert.Equal("legal_rep_person", legalRepId.GetProperty("reference").GetProperty("linkName").GetString());
        Assert.Equal("ID_NUMBER", legalRepId.GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Null, amount.GetProperty("format").ValueKind);
        var birthDate = Item(body, "350103-GA-0001", "birth_date");
        Assert.Equal("1900-01-01", birthDate.GetProperty("minDate").GetString());
        Assert.Equal(JsonValueKind.Null, birthDate.GetProperty("maxDate").ValueKind);
        Snapshot.Match(JsonSerializer.Serialize(body.GetProperty("data"), Indented), snapshotName);
    }

    private const string FullResourcesQuery = """
        {
          resources {
            code apiName pluralApiName graphqlType name summary provider { code name } format updateCycle status version
            items {
              apiName graphqlField name dataType precision scale sharingType legalBasis maskingRule format pattern minDate maxDate
              isKey isLookup reference { resource item linkName reverseName } retired notes
            }
          }
        }
        """;

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private async Task<(GraphQLReply Response, JsonElement Body, string Text)> Query(string token, string query)
    {
        var response = await server.QueryWithToken(token, query, purpose: null);
        return (response, response.Root, response.Root.GetRawText());
    }

    private static List<string?> Codes(JsonElement body) =>
        body.GetProperty("data").GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();

    private static string? SharingTypeOf(JsonElement body, string code, string item) =>
        Item(body, code, item).GetProperty("sharingType").GetString();

    private static JsonElement Item(JsonElement body, string code, string item) =>
        body.GetProperty("data")
            .GetProperty("resources")
            .EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == code)
            .GetProperty("items")
            .EnumerateArray()
            .Single(i => i.GetProperty("apiName").GetString() == item);
}
