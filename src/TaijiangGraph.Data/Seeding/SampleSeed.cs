using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Seeding;

namespace TaijiangGraph.Data.Seeding;

/// <summary>The sample catalog and its grants (docs/sample-world.md), shipped in this assembly as <c>sample-catalog.json</c>.</summary>
internal static class SampleSeed
{
    private static readonly Lazy<SeedDocument> Document = new(Read);

    public static SeedDocument Load() => Document.Value;

    private static SeedDocument Read()
    {
        using var stream = typeof(SampleSeed).Assembly.GetManifestResourceStream("sample-catalog.json")
            ?? throw new InvalidOperationException("The sample catalog is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var seed = SeedJson.Deserialize(reader.ReadToEnd());
        CatalogValidator.EnsureValid(seed.Catalog);
        return seed;
    }
}
