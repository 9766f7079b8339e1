using System.Text.Json;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Seeding;

/// <summary>
/// The JSON form of seed documents: the catalog's JSON form (<see cref="CatalogJson.Options"/>) with the grants beside it.
/// </summary>
public static class SeedJson
{
    /// <exception cref="JsonException">The text is not a seed document.</exception>
    public static SeedDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<SeedDocument>(json, CatalogJson.Options) ?? throw new JsonException("The seed document is empty.");
}
