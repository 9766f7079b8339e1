using System.Text.Json.Serialization;

namespace TaijiangGraph.Core.Catalog;

/// <summary>One version of the whole shared data catalog: its departments and resources.</summary>
public sealed record DataCatalog
{
    /// <summary>Catalog version; a publication must carry a version greater than the published one.</summary>
    public required int Version { get; init; }

    public required IReadOnlyList<Department> Departments { get; init; }

    public required IReadOnlyList<CatalogResource> Resources { get; init; }

    /// <summary>Resources in the data graph (published).</summary>
    [JsonIgnore]
    public IEnumerable<CatalogResource> PublishedResources => Resources.Where(r => r.Status == ResourceStatus.Published);

    public CatalogResource? FindResource(string apiNameOrCode) =>
        Resources.FirstOrDefault(r => r.ApiName == apiNameOrCode || r.Code == apiNameOrCode);

    public Department? FindDepartment(string code) => Departments.FirstOrDefault(d => d.Code == code);

    /// <summary>The API names of the resources <paramref name="department"/> provides, in catalog order.</summary>
    public IReadOnlyList<string> ApiNamesProvidedBy(string department) =>
        [.. Resources.Where(r => r.Provider == department).Select(r => r.ApiName)];
}
