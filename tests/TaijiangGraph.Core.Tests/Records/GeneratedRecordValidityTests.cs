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
}
