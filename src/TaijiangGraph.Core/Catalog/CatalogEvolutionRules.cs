namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// Schema evolution only adds: a new version may add resources and items and retire items, but never
/// removes an item, changes its type, or brings a retired item back.
/// </summary>
internal static class CatalogEvolutionRules
{
    public static void Check(DataCatalog previous, DataCatalog next, List<CatalogViolation> v)
    {
        if (next.Version <= previous.Version)
        {
            v.Add(new("VERSION_NOT_INCREASED", null, null, $"Version {next.Version} must be greater than the published version {previous.Version}."));
        }

        foreach (var old in previous.Resources)
        {
            var current = next.Resources.FirstOrDefault(r => r.Code == old.Code);
            if (current is null)
            {
                v.Add(new("RESOURCE_REMOVED", old.ApiName, null, "A published resource cannot be removed; set its status to RETIRED."));
                continue;
            }

            if (current.ApiName != old.ApiName || current.PluralApiName != old.PluralApiName)
            {
                v.Add(new("RESOURCE_RENAMED", old.ApiName, null, "A resource's API names cannot change."));
            }

            foreach (var oldItem in old.Items)
            {
                CheckItem(old.ApiName, oldItem, current.FindItem(oldItem.ApiName), v);
            }
        }
    }

    private static void CheckItem(string resource, CatalogItem old, CatalogItem? current, List<CatalogViolation> v)
    {
        if (current is null)
        {
            v.Add(new("ITEM_REMOVED", resource, old.ApiName, "An item cannot be removed; retire it instead."));
            return;
        }

        if (current.Type != old.Type)
        {
            v.Add(new("ITEM_TYPE_CHANGED", resource, old.ApiName, $"An item's type never changes in place ({old.Type} → {current.Type}); add a new item and retire this one."));
        }

        if (old.Retired && !current.Retired)
        {
            v.Add(new("ITEM_UNRETIRED", resource, old.ApiName, "A retired item cannot come back; add a new item."));
        }

        if (old.HasColumn && !current.HasColumn)
        {
            // The column and its data would stay behind; retiring guarantees nothing reads it again.
            v.Add(new("ITEM_CLASSIFIED_IN_PLACE", resource, old.ApiName, "An item with stored values cannot become classified in place; retire it (its column is never read again) and catalogue the classified item anew."));
        }

        if (old.IsKey != current.IsKey)
        {
            v.Add(new("KEY_CHANGED", resource, old.ApiName, "A resource's key item cannot change."));
        }
    }
}
