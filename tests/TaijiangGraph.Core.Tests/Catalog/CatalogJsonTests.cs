using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Seeding;

namespace TaijiangGraph.Core.Tests.Catalog;

public sealed class CatalogJsonTests
{
    private static readonly string SampleJson = CatalogJson.Serialize(SampleCatalog.Load());

    [Fact]
    public void Round_trip_keeps_every_department_resource_and_item()
    {
        var original = SampleCatalog.Load();

        var back = CatalogJson.DeserializeCatalog(CatalogJson.Serialize(original));

        Assert.Equal(original.Version, back.Version);
        Assert.Equal(original.Departments, back.Departments);
        Assert.Equal(original.Resources.Count, back.Resources.Count);
        foreach (var (expected, actual) in original.Resources.Zip(back.Resources))
        {
            Assert.Equal(expected with { Items = [] }, actual with { Items = [] });
            Assert.Equal(expected.Items, actual.Items);
        }

        Assert.Equal(SampleJson, CatalogJson.Serialize(back));
    }

    [Theory]
    [InlineData("\"sharing\": \"NOT_SHARED\"")]
    [InlineData("\"sharing\": \"CLASSIFIED\"")]
    [InlineData("\"mask\": \"ID_NUMBER\"")]
    [InlineData("\"mask\": \"DATE_YEAR\"")]
    [InlineData("\"updateCycle\": \"REALTIME\"")]
    [InlineData("\"status\": \"PUBLISHED\"")]
    [InlineData("\"type\": \"decimal(18,2)\"")]
    [InlineData("\"type\": \"date\"")]
    [InlineData("\"apiName\": \"legal_rep_id\"")]
    [InlineData("\"linkName\": \"legal_rep_person\"")]
    [InlineData("\"reverseName\": \"insured_employees\"")]
    [InlineData("\"name\": \"市场主体登记信息\"")]
    [InlineData("\"format\": \"CREDIT_CODE\"")]
    [InlineData("\"format\": \"ID_NUMBER\"")]
    [InlineData("\"format\": \"PHONE\"")]
    [InlineData("\"minDate\": \"1900-01-01\"")]
    public void Writes_camel_case_properties_upper_snake_enums_and_text_types(string fragment) =>
        Assert.Contains(fragment, SampleJson, StringComparison.Ordinal);

    [Theory]
    [InlineData("hasColumn")]
    [InlineData("isExposed")]
    [InlineData("publishedResources")]
    [InlineData("\"key\"")]
    [InlineData("\"reverseName\": null")]
    public void Does_not_write_derived_properties_or_nulls(string fragment) =>
        Assert.DoesNotContain(fragment, SampleJson, StringComparison.Ordinal);

    [Fact]
    public void Round_trip_keeps_patterns_and_date_ranges()
    {
        var catalog = SampleCatalog
            .Load()
            .WithItem("market_entity", "address", i => i with { Format = ValueFormat.Pattern, Pattern = "福州市.+[0-9]+号" })
            .WithItem("tax_payment", "paid_on", i => i with { MinDate = new(2000, 1, 1), MaxDate = new(2099, 12, 31) });

        var json = CatalogJson.Serialize(catalog);
        var back = CatalogJson.DeserializeCatalog(json);

        Assert.Contains("\"format\": \"PATTERN\"", json, StringComparison.Ordinal);
        Assert.Contains("\"maxDate\": \"2099-12-31\"", json, StringComparison.Ordinal);
        Assert.Equal(catalog.Item("market_entity", "address"), back.Item("market_entity", "address"));
        Assert.Equal(catalog.Item("tax_payment", "paid_on"), back.Item("tax_payment", "paid_on"));
        Assert.Equal("福州市.+[0-9]+号", back.Item("market_entity", "address").Pattern);
    }

    [Fact]
    public void Serializes_an_invalid_catalog_without_a_key()
    {
        var catalog = SampleCatalog.Load().WithItem("social_insurance", "record_id", i => i with { IsKey = false });

        var back = CatalogJson.DeserializeCatalog(CatalogJson.Serialize(catalog));

        SampleCatalog.AssertIs(Assert.Single(CatalogValidator.Validate(back)), "KEY_COUNT", "social_insurance", null);
    }

    [Fact]
    public void Reads_the_sample_seed_with_its_grants()
    {
        var seed = SeedJson.Deserialize(File.ReadAllText(SampleCatalog.Path));

        Assert.NotEmpty(seed.Grants);
        Assert.Equal(DataType.Decimal(18, 2), seed.Catalog.Item("market_entity", "registered_capital").Type);
        Assert.Equal(MaskingRule.DateYear, seed.Catalog.Item("household_person", "birth_date").Mask);
        Assert.Equal(SharingType.Classified, seed.Catalog.Item("household_person", "key_person_flag").Sharing);
    }

    [Theory]
    [InlineData("\"apiName\": \"credit_code\",", "\"apiName\": \"credit_code\", \"colour\": \"red\",")]
    [InlineData("\"version\": 1,", "\"version\": 1, \"owner\": \"TJ-DSJ\",")]
    [InlineData("\"linkName\": \"legal_rep_person\"", "\"linkName\": \"legal_rep_person\", \"cascade\": true")]
    [InlineData("\"sharing\": \"NOT_SHARED\"", "\"sharing\": \"SECRET\"")]
    [InlineData("\"sharing\": \"NOT_SHARED\"", "\"sharing\": 2")]
    [InlineData("\"mask\": \"ID_NUMBER\"", "\"mask\": \"IDNUMBER_X\"")]
    [InlineData("\"updateCycle\": \"REALTIME\"", "\"updateCycle\": \"HOURLY\"")]
    [InlineData("\"format\": \"PHONE\"", "\"format\": \"MOBILE\"")]
    [InlineData("\"minDate\": \"1900-01-01\"", "\"minDate\": \"1900-13-01\"")]
    [InlineData("\"minDate\": \"1900-01-01\"", "\"minDate\": \"1900-01-01T00:00:00Z\"")]
    [InlineData("\"type\": \"decimal(18,2)\"", "\"type\": \"money\"")]
    [InlineData("\"type\": \"decimal(18,2)\"", "\"type\": \"decimal(18)\"")]
    [InlineData("\"type\": \"decimal(18,2)\"", "\"type\": \"decimal(a,b)\"")]
    [InlineData("\"type\": \"decimal(18,2)\"", "\"type\": 18")]
    [InlineData("\"type\": \"decimal(18,2)\"", "\"type\": null")]
    [InlineData("\"apiName\": \"credit_code\"", "\"apiName\": null")]
    [InlineData("\"provider\": \"TJ-SCJG\"", "\"provider\": null")]
    [InlineData("\"code\": \"TJ-MZ\"", "\"code\": null")]
    [InlineData("\"item\": \"credit_code\"", "\"item\": null")]
    [InlineData("\"provider\": \"TJ-SCJG\",", "")]
    [InlineData("\"type\": \"date\",", "")]
    public void Rejects_unknown_properties_enum_values_data_types_and_nulls(string find, string replace)
    {
        Assert.Contains(find, SampleJson, StringComparison.Ordinal);
        var broken = SampleJson.Replace(find, replace, StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => CatalogJson.DeserializeCatalog(broken));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void Rejects_documents_that_are_not_catalogs(string json)
    {
        Assert.Throws<JsonException>(() => CatalogJson.DeserializeCatalog(json));
        Assert.Throws<JsonException>(() => SeedJson.Deserialize(json));
    }
}
