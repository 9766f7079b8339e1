using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Seeding;

namespace TaijiangGraph.Core.Tests.Records;

/// <summary>The sample catalog of the seed file, found by walking up from the test binaries to the solution folder.</summary>
internal static class SampleCatalog
{
    private static readonly Lazy<DataCatalog> Loaded = new(Load);

    public static DataCatalog Catalog => Loaded.Value;

    private static DataCatalog Load()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TaijiangGraph.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains TaijiangGraph.sln.");
        }

        var path = Path.Combine(folder.FullName, "src", "TaijiangGraph.Data", "Seeding", "sample-catalog.json");
        return SeedJson.Deserialize(File.ReadAllText(path)).Catalog;
    }
}
