using System.Text.Json.Serialization;

namespace TaijiangGraph.Core.Catalog;

/// <summary>An information resource (信息资源) registered by its provider department.</summary>
public sealed record CatalogResource
{
    /// <summary>信息资源代码, e.g. <c>350103-SCJG-0001</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Singular API name in snake_case, e.g. <c>market_entity</c>; also the dataset table's stem.</summary>
    public required string ApiName { get; init; }

    /// <summary>Plural API name in snake_case, e.g. <c>market_entities</c>.</summary>
    public required string PluralApiName { get; init; }

    /// <summary>Chinese name (名称).</summary>
    public required string Name { get; init; }

    public string Summary { get; init; } = "";

    /// <summary>Code of the provider department.</summary>
    public required string Provider { get; init; }

    public string Format { get; init; } = "table";

    public UpdateCycle UpdateCycle { get; init; } = UpdateCycle.Daily;

    public ResourceStatus Status { get; init; } = ResourceStatus.Published;

    /// <summary>The resource's version as stated in the catalog document (not maintained by the service).</summary>
    public int Version { get; init; } = 1;

    public required IReadOnlyList<CatalogItem> Items { get; init; }

    /// <summary>The key item. Only meaningful for a validated resource.</summary>
    [JsonIgnore]
    public CatalogItem Key => Items.First(i => i.IsKey);

    /// <summary>The exposed item behind a GraphQL field name (e.g. <c>legalRepId</c>), or null; classified and retired items are never
    /// found.</summary>
    public CatalogItem? FindExposedByGraphName(string fieldName) =>
        Items.FirstOrDefault(i => i.IsExposed && GraphNames.Camel(i.ApiName) == fieldName);

    /// <summary>Finds an item by API name, or null.</summary>
    public CatalogItem? FindItem(string apiName) => Items.FirstOrDefault(i => i.ApiName == apiName);
}
