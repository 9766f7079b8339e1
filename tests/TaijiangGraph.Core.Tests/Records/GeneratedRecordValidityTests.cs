using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Core.Tests.Records;

/// <summary>Generated records are accepted by <see cref="RecordValidator"/>, the check ingestion applies before storing.</summary>
public sealed class GeneratedRecordValidityTests
{
    [Fact]
    public void Every_generated_sample_record_passes_the_record_validator()
    {
        var data = new SyntheticRecordGenerator(SampleCatalog.Catalog, 42).Generate(300);
        foreach (var resource in SampleCatalog.Catalog.Resources)
        {
            Assert.All(data[resource.ApiName], record => Assert.Empty(RecordValidator.Validate(resource, record)));
        }
    }

    /// <summary>
    /// The declared value rules (docs/policy.md, "Value rules") are live on the seed: every item with a format gets values,
    /// and the same value with a wrong check character (a phone: a wrong first digit) is refused, so the check above
    /// passes because the values keep the rules and not because none applies.
    /// </summary>
    [Fact]
    public void Every_generated_value_of_a_formatted_item_keeps_its_declared_format()
    {
        var data = new SyntheticRecordGenerator(SampleCatalog.Catalog, 7).Generate(200);
        var formatted = SampleCatalog
            .Catalog.Resources.SelectMany(r => r.Items.Where(i => i.Format is not null).Select(i => (r, i)))
            .ToList();

        Assert.Equal(9, formatted.Count);
        foreach (var (resource, item) in formatted)
        {
            var records = data[resource.ApiName].Where(record => record[item.ApiName] is string).ToList();
            Assert.True(records.Count > 100, $"{resource.ApiName}.{item.ApiName} has {records.Count} values.");
            foreach (var record in records)
            {
                var value = (string)record[item.ApiName]!;
                Assert.Empty(RecordValidator.Validate(resource, Only(resource, record, item, value)));
                // A wrong check character for codes; a phone has none, so a first digit no number starts with.
                var broken = item.Format == ValueFormat.Phone ? "2" + value[1..] : value[..^1] + (value[^1] == '0' ? '1' : '0');
                var violation = Assert.Single(RecordValidator.Validate(resource, Only(resource, record, item, broken)));
                Assert.Equal(("INVALID_FORMAT", item.ApiName), (violation.Code, violation.Item));
            }
        }
    }

    /// <summary>The record's key and the one item's value (the key's own value when the item is the key).</summary>
    private static Dictionary<string, object?> Only(
        CatalogResource resource,
        IReadOnlyDictionary<string, object?> record,
        CatalogItem item,
        string value
    ) => new() { [resource.Key.ApiName] = record[resource.Key.ApiName], [item.ApiName] = value };
}
