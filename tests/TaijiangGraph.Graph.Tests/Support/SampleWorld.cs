using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Seeding;

namespace TaijiangGraph.Graph.Tests.Support;

/// <summary>The sample catalog and grants the server seeds (docs/sample-world.md), read from the seed file in the source tree.</summary>
internal static class SampleWorld
{
    private static readonly Lazy<SeedDocument> Document = new(() =>
    {
        var seed = SeedJson.Deserialize(File.ReadAllText(FindSeed()));
        CatalogValidator.EnsureValid(seed.Catalog);
        return seed;
    });

    public static SeedDocument Load() => Document.Value;

    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaijiangGraph.sln")))
            {
                return Path.Combine(dir.FullName, "src", "TaijiangGraph.Data", "Seeding", "sample-catalog.json");
            }
        }

        throw new InvalidOperationException($"TaijiangGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
