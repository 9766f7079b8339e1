using System.Text.RegularExpressions;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Core.Tests.Records;

/// <summary>For a catalog other than the sample the generator falls back to values by data type and still honours keys and
/// references.</summary>
public sealed partial class GenericCatalogGenerationTests
{
    private static readonly DataCatalog Catalog = new()
    {
        Version = 1,
        Departments = [new("D1", "测试局")],
        Resources =
        [
            Resource(
                "day_stat",
                "day_stats",
                Item("day", DataType.Date, isKey: true),
                Item("total", DataType.Decimal(18, 0)),
                Item("permit_ref", DataType.String, reference: new("permit", "permit_no", "permit"))
            ),
            Resource(
                "permit",
                "permits",
                Item("permit_no", DataType.String, isKey: true),
                Item("issued_at", DataType.DateTime),
                Item("valid", DataType.Bool),
                Item("fee", DataType.Decimal(5, 3)),
                Item("ratio", DataType.Decimal(2, 2)),
                Item("pages", DataType.Int),
                Item("issued_on", DataType.Date),
                Item("holder", DataType.Int, reference: new("holder", "holder_id", "holder_record")),
                Item("old_code", DataType.String) with
                {
                    Retired = true,
                },
                Item("secret", DataType.String) with
                {
                    Sharing = SharingType.Classified,
                },
                Item("street", DataType.String)
            ),
            Resource(
                "holder",
                "holders",
                Item("holder_id", DataType.Int, isKey: true),
                Item("label", DataType.String),
                Item("parent", DataType.Int, reference: new("holder", "holder_id", "parent_holder"))
            ),
        ],
    };

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>> Generated = new(() =>
        new SyntheticRecordGenerator(Catalog, 11).Generate(300)
    );

    private static IReadOnlyList<IReadOnlyDictionary<string, object?>> Records(string resource) => Generated.Value[resource];

    [Fact]
    public void ResourceOrder_puts_referenced_resources_first() =>
        Assert.Equal(["holder", "permit", "day_stat"], new SyntheticRecordGenerator(Catalog, 11).ResourceOrder);

    [Fact]
    public void Values_follow_the_data_types_when_the_catalog_is_not_the_sample()
    {
        foreach (var resource in Catalog.Resources)
        {
            var items = resource.Items.Where(i => i.IsExposed).ToList();
            Assert.All(Records(resource.ApiName), record =>
            {
                Assert.Equal(items.Select(i => i.ApiName), record.Keys);
                Assert.All(items, item => Assert.IsType(SyntheticRecordGeneratorTests.ClrType(item.Type.Kind), record[item.ApiName]));
            });
        }

        Assert.All(Records("permit"), r => Assert.Equal(DateTimeKind.Utc, ((DateTime)r["issued_at"]!).Kind));
        Assert.All(Records("holder"), r => Assert.Matches(FallbackTextPattern(), (string)r["label"]!));
        Assert.Equal([false, true], Records("permit").Select(r => (bool)r["valid"]!).Distinct().Order());
    }

    [Theory]
    [InlineData("permit", "fee")]
    [InlineData("permit", "ratio")]
    [InlineData("day_stat", "total")]
    public void Decimals_stay_within_precision_and_scale(string resource, string item)
    {
        var type = Catalog.FindResource(resource)!.FindItem(item)!.Type;
        var limit = (decimal)Math.Pow(10, type.Precision - type.Scale);
        Assert.All(Records(resource).Select(r => (decimal)r[item]!), value =>
        {
            Assert.Equal(type.Scale, value.Scale);
            Assert.InRange(value, -limit + 0.000001m, limit - 0.000001m);
        });
    }

    [Fact]
    public void Keys_and_references_are_unique_and_resolve_when_the_catalog_is_not_the_sample()
    {
        foreach (var resource in Catalog.Resources)
        {
            var keys = Records(resource.ApiName).Select(r => r[resource.Key.ApiName]).ToList();
            Assert.Equal(300, keys.Distinct().Count());
            Assert.DoesNotContain(null, keys);
        }

        var holders = Records("holder").Select(r => r["holder_id"]).ToHashSet();
        var permits = Records("permit").Select(r => r["permit_no"]).ToHashSet();
        Assert.All(Records("holder"), r => Assert.Contains(r["parent"], holders));
        Assert.All(Records("permit"), r => Assert.Contains(r["holder"], holders));
        Assert.All(Records("day_stat"), r => Assert.Contains(r["permit_ref"], permits));
    }

    [Fact]
    public void Generated_records_pass_the_record_validator_when_the_catalog_is_not_the_sample()
    {
        foreach (var resource in Catalog.Resources)
        {
            Assert.All(Records(resource.ApiName), record => Assert.Empty(RecordValidator.Validate(resource, record)));
        }
    }

    [Fact]
    public void Retired_and_classified_items_get_no_entry()
    {
        Assert.All(Records("permit"), r =>
        {
            Assert.False(r.ContainsKey("old_code"));
            Assert.False(r.ContainsKey("secret"));
        });
    }

    [Fact]
    public void Known_item_names_get_sample_values_when_used_in_another_catalog() =>
        Assert.All(Records("permit"), r =>
            Assert.Contains((string)r["street"]!, new[] { "瀛洲", "后洲", "义洲", "新港", "上海", "苍霞", "茶亭", "洋中", "鳌峰", "宁化" })
        );

    [Theory]
    [InlineData("permit", "fee")]
    [InlineData("no_such_resource", "id")]
    public void The_constructor_throws_when_a_reference_does_not_name_an_existing_key(string resource, string item)
    {
        var broken = Catalog with
        {
            Resources =
            [
                .. Catalog.Resources.Take(2),
                Resource(
                    "holder",
                    "holders",
                    Item("holder_id", DataType.Int, isKey: true),
                    Item("code", DataType.Decimal(5, 3), reference: new(resource, item, "target"))
                ),
            ],
        };
        Assert.Throws<ArgumentException>(() => new SyntheticRecordGenerator(broken, 1));
    }

    [Fact]
    public void Generate_throws_when_the_key_type_cannot_hold_the_count()
    {
        var flags = Catalog with { Resources = [Resource("flag", "flags", Item("on", DataType.Bool, isKey: true))] };
        var generator = new SyntheticRecordGenerator(flags, 1);
        Assert.Equal(2, generator.Generate("flag", 2).Select(r => r["on"]).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate("flag", 3));
    }

    private static CatalogResource Resource(string apiName, string plural, params CatalogItem[] items) =>
        new()
        {
            Code = "TEST-" + apiName,
            ApiName = apiName,
            PluralApiName = plural,
            Name = apiName,
            Provider = "D1",
            Items = items,
        };

    private static CatalogItem Item(string apiName, DataType type, bool isKey = false, ItemReference? reference = null) =>
        new()
        {
            ApiName = apiName,
            Name = apiName,
            Type = type,
            IsKey = isKey,
            Reference = reference,
        };

    [GeneratedRegex(@"^label-\d{6}$")]
    private static partial Regex FallbackTextPattern();
}
