using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Core.Tests.Records;

/// <summary>The generator's contract on the sample catalog: counts, determinism, streaming, keys, references, types.</summary>
public sealed class SyntheticRecordGeneratorTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>> FiveHundred = new(() =>
        new SyntheticRecordGenerator(SampleCatalog.Catalog, 42).Generate(500)
    );

    private static IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Data => FiveHundred.Value;

    [Fact]
    public void Generate_produces_the_requested_count_for_every_resource()
    {
        Assert.Equal(SampleCatalog.Catalog.Resources.Select(r => r.ApiName).Order(), Data.Keys.Order());
        Assert.All(Data.Values, records => Assert.Equal(500, records.Count));
    }

    [Fact]
    public void ResourceOrder_puts_referenced_resources_first()
    {
        var order = new SyntheticRecordGenerator(SampleCatalog.Catalog, 1).ResourceOrder.ToList();
        Assert.True(order.IndexOf("household_person") < order.IndexOf("market_entity"));
        Assert.True(order.IndexOf("market_entity") < order.IndexOf("social_insurance"));
        Assert.True(order.IndexOf("market_entity") < order.IndexOf("tax_payment"));
        Assert.True(order.IndexOf("household_person") < order.IndexOf("subsistence_allowance"));
    }

    [Fact]
    public void Generate_is_identical_when_seed_and_count_are_the_same()
    {
        var first = new SyntheticRecordGenerator(SampleCatalog.Catalog, 7).Generate(200);
        var second = new SyntheticRecordGenerator(SampleCatalog.Catalog, 7).Generate(200);
        Assert.Equal(Flatten(first), Flatten(second));
    }

    [Fact]
    public void Generate_gives_the_pinned_first_records_when_the_seed_is_42()
    {
        // Pinned values: they change only when the generator is changed on purpose, never between runs or machines.
        Assert.Equal("350103200307194470", Data["household_person"][0]["id_number"]);
        Assert.Equal("卓海峰", Data["household_person"][0]["name"]);
        Assert.Equal("91350103717881781N", Data["market_entity"][0]["credit_code"]);
        Assert.Equal("91350103717881781N", new SyntheticRecordGenerator(SampleCatalog.Catalog, 42).KeyOf("market_entity", 0));
    }

    [Fact]
    public void Generate_differs_when_the_seed_differs()
    {
        var first = Flatten(new SyntheticRecordGenerator(SampleCatalog.Catalog, 7).Generate(50));
        var second = Flatten(new SyntheticRecordGenerator(SampleCatalog.Catalog, 8).Generate(50));
        Assert.NotEqual(first, second);
        Assert.Empty(first.Where(line => line.Contains("id_number=", StringComparison.Ordinal)).Intersect(second));
    }

    [Fact]
    public void Streaming_yields_the_same_records_as_the_whole_data_set()
    {
        var generator = new SyntheticRecordGenerator(SampleCatalog.Catalog, 42);
        foreach (var resource in generator.ResourceOrder)
        {
            Assert.Equal(Flatten(Data[resource]), Flatten(generator.Generate(resource, 500)));
        }
    }

    [Fact]
    public void Every_reference_names_a_generated_record_of_the_referenced_resource()
    {
        var checkedReferences = 0;
        foreach (var resource in SampleCatalog.Catalog.Resources)
        {
            foreach (var item in resource.Items.Where(i => i.Reference is not null && i.IsExposed))
            {
                var target = SampleCatalog.Catalog.FindResource(item.Reference!.Resource)!;
                var keys = Data[target.ApiName].Select(r => r[target.Key.ApiName]).ToHashSet();
                Assert.All(Data[resource.ApiName], record => Assert.Contains(record[item.ApiName], keys));
                checkedReferences++;
            }
        }

        Assert.Equal(5, checkedReferences);
    }

    [Fact]
    public void Keys_are_unique_and_never_null()
    {
        foreach (var resource in SampleCatalog.Catalog.Resources)
        {
            var keys = Data[resource.ApiName].Select(r => r[resource.Key.ApiName]).ToList();
            Assert.DoesNotContain(null, keys);
            Assert.Equal(keys.Count, keys.Distinct().Count());
        }
    }

    [Fact]
    public void Records_have_an_entry_for_every_exposed_item_and_none_for_classified_or_retired_ones()
    {
        foreach (var resource in SampleCatalog.Catalog.Resources)
        {
            var expected = resource.Items.Where(i => i.IsExposed).Select(i => i.ApiName).ToList();
            Assert.All(Data[resource.ApiName], record => Assert.Equal(expected, record.Keys.ToList()));
        }

        Assert.DoesNotContain(Data["household_person"], r => r.ContainsKey("key_person_flag"));
        Assert.DoesNotContain(Data["tax_payment"], r => r.ContainsKey("audit_case_ref"));
    }

    [Fact]
    public void Values_are_typed_by_the_items_data_kind()
    {
        foreach (var resource in SampleCatalog.Catalog.Resources)
        {
            foreach (var record in Data[resource.ApiName])
            {
                foreach (var item in resource.Items.Where(i => i.IsExposed && record[i.ApiName] is not null))
                {
                    Assert.IsType(ClrType(item.Type.Kind), record[item.ApiName]);
                }
            }
        }
    }

    [Fact]
    public void Decimals_have_exactly_the_items_scale_and_fit_its_precision()
    {
        foreach (var resource in SampleCatalog.Catalog.Resources)
        {
            foreach (var item in resource.Items.Where(i => i.IsExposed && i.Type.Kind == DataKind.Decimal))
            {
                Assert.All(Data[resource.ApiName].Select(r => (decimal)r[item.ApiName]!), value =>
                {
                    Assert.Equal(item.Type.Scale, value.Scale);
                    Assert.True(Math.Abs(value) < 10_000_000_000_000_000m, $"{value} exceeds decimal(18,2)");
                });
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2000)]
    public void Generate_works_when_the_count_is_small_or_large(int count)
    {
        var data = new SyntheticRecordGenerator(SampleCatalog.Catalog, 3).Generate(count);
        Assert.All(data.Values, records => Assert.Equal(count, records.Count));
        var people = data["household_person"].Select(r => r["id_number"]).ToHashSet();
        Assert.All(data["market_entity"], r => Assert.Contains(r["legal_rep_id"], people));
        Assert.Equal(count, people.Count);
    }

    [Fact]
    public void Streaming_references_only_the_first_referenced_records_when_a_referenced_count_is_given()
    {
        var generator = new SyntheticRecordGenerator(SampleCatalog.Catalog, 5);
        var entities = Enumerable.Range(0, 10).Select(i => (object?)generator.KeyOf("market_entity", i)).ToHashSet();
        var payments = generator.Generate("tax_payment", 3000, referencedCount: 10).ToList();
        Assert.Equal(3000, payments.Select(p => p["payment_id"]).Distinct().Count());
        Assert.All(payments, p => Assert.Contains(p["taxpayer_id"], entities));
    }

    [Fact]
    public void Generate_throws_when_the_resource_is_unknown_or_the_count_negative()
    {
        var generator = new SyntheticRecordGenerator(SampleCatalog.Catalog, 5);
        Assert.Throws<ArgumentException>(() => generator.Generate("no_such_resource", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate("tax_payment", 1, referencedCount: 0));
    }

    internal static Type ClrType(DataKind kind) =>
        kind switch
        {
            DataKind.String => typeof(string),
            DataKind.Int => typeof(int),
            DataKind.Decimal => typeof(decimal),
            DataKind.Date => typeof(DateOnly),
            DataKind.DateTime => typeof(DateTime),
            _ => typeof(bool),
        };

    private static List<string> Flatten(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> data) =>
        [.. data.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => Flatten(p.Value).Select(line => p.Key + ":" + line))];

    private static List<string> Flatten(IEnumerable<IReadOnlyDictionary<string, object?>> records) =>
        [.. records.SelectMany((r, i) => r.Select(v => FormattableString.Invariant($"{i}|{v.Key}={v.Value}")))];
}
