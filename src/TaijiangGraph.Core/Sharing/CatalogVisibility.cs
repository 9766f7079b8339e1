using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Core.Sharing;

/// <summary>Which catalog metadata a caller sees: classified items are listed only to their provider and the bureau.</summary>
public static class CatalogVisibility
{
    public static bool CanSeeClassified(Principal caller, CatalogResource resource) =>
        caller.IsBureau || caller.Department == resource.Provider;

    /// <summary>The items of <paramref name="resource"/> whose metadata the caller may see, in catalog order.</summary>
    public static IEnumerable<CatalogItem> VisibleItems(Principal caller, CatalogResource resource) =>
        CanSeeClassified(caller, resource) ? resource.Items : resource.Items.Where(i => i.Sharing != SharingType.Classified);
}
