using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Tests.Shared;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>The GraphQL names of the sample catalog's graph (docs/sample-world.md) and the sample callers, derived from the
/// catalog.</summary>
public static class SampleGraph
{
    /// <summary>Every sample department with the role its users have (TJ-DSJ bureau, CITY-DSJ reviewer, the others department).</summary>
    public static IEnumerable<(string Department, string Role)> Callers =>
        ExpectationMatrix.Departments.Select(d => (d, ExpectationMatrix.RoleOf(d)));

    public static string ByKeyField(CatalogResource r) => GraphNames.Camel(r.ApiName);

    public static string ConnectionField(CatalogResource r) => GraphNames.Camel(r.PluralApiName);

    public static string TypeName(CatalogResource r) => GraphNames.Pascal(r.ApiName);

    public static string Field(CatalogItem item) => GraphNames.Camel(item.ApiName);

    /// <summary>The exposed items of a resource: the fields of its object type, filter and sort inputs.</summary>
    public static IReadOnlyList<CatalogItem> Items(CatalogResource r) => r.Items.Where(i => i.IsExposed).ToList();

    /// <summary>Every item field of a resource, space-separated.</summary>
    public static string ItemFields(CatalogResource r) => string.Join(' ', Items(r).Select(Field));

    /// <summary>Link fields of a resource: (field name, target resource).</summary>
    public static IEnumerable<(string Field, CatalogResource Target)> Links(DataCatalog catalog, CatalogResource r) =>
        Items(r)
            .Where(i => i.Reference is not null)
            .Select(i => (GraphNames.Camel(i.Reference!.LinkName), catalog.FindResource(i.Reference.Resource)!));

    /// <summary>Reverse connection fields on a resource: (field name, child resource).</summary>
    public static IEnumerable<(string Field, CatalogResource Child)> Reverses(DataCatalog catalog, CatalogResource r) =>
        catalog.PublishedResources.SelectMany(child =>
            Items(child)
                .Where(i => i.Reference is { ReverseName: not null } reference && reference.Resource == r.ApiName)
                .Select(i => (GraphNames.Camel(i.Reference!.ReverseName!), child))
        );

    /// <summary>Every classified item of the catalog, with its resource.</summary>
    public static IEnumerable<(CatalogResource Resource, CatalogItem Item)> ClassifiedItems(DataCatalog catalog) =>
        catalog.Resources.SelectMany(r => r.Items.Where(i => i.Sharing == SharingType.Classified).Select(i => (r, i)));
}
