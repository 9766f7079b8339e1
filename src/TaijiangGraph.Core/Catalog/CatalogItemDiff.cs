namespace TaijiangGraph.Core.Catalog;

/// <summary>The item changes of one resource present in two catalog versions, for <see cref="CatalogDiff"/>.</summary>
internal static class CatalogItemDiff
{
    public static void Compare(CatalogResource previous, CatalogResource next, List<ItemChange> changes)
    {
        foreach (var old in previous.Items)
        {
            var current = next.FindItem(old.ApiName);
            if (current is null)
            {
                changes.Add(new(previous.ApiName, old.ApiName, ItemChangeKind.Removed, CatalogText.Of(old.Sharing), null));
                continue;
            }

            CompareItem(previous.ApiName, old, current, changes);
        }

        foreach (var added in next.Items.Where(i => previous.FindItem(i.ApiName) is null))
        {
            changes.Add(new(previous.ApiName, added.ApiName, ItemChangeKind.Added, null, CatalogText.Of(added.Sharing)));
        }
    }

    private static void CompareItem(string resource, CatalogItem old, CatalogItem current, List<ItemChange> changes)
    {
        void Compare(ItemChangeKind kind, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add(new(resource, old.ApiName, kind, before, after));
            }
        }

        Compare(ItemChangeKind.TypeChanged, old.Type.ToString(), current.Type.ToString());
        Compare(
            current.Retired ? ItemChangeKind.Retired : ItemChangeKind.Unretired,
            CatalogText.Of(old.Retired),
            CatalogText.Of(current.Retired)
        );
        Compare(ItemChangeKind.SharingChanged, CatalogText.Of(old.Sharing), CatalogText.Of(current.Sharing));
        Compare(ItemChangeKind.LegalBasisChanged, old.LegalBasis, current.LegalBasis);
        Compare(ItemChangeKind.MaskChanged, CatalogText.Of(old.Mask), CatalogText.Of(current.Mask));
        Compare(ItemChangeKind.LookupChanged, CatalogText.Of(old.IsLookup), CatalogText.Of(current.IsLookup));
        Compare(ItemChangeKind.ReferenceChanged, CatalogText.Of(old.Reference), CatalogText.Of(current.Reference));
        Compare(ItemChangeKind.IndexedChanged, CatalogText.Of(old.Indexed), CatalogText.Of(current.Indexed));
        Compare(ItemChangeKind.KeyChanged, CatalogText.Of(old.IsKey), CatalogText.Of(current.IsKey));
        Compare(ItemChangeKind.FormatChanged, CatalogText.FormatOf(old), CatalogText.FormatOf(current));
        Compare(ItemChangeKind.RangeChanged, CatalogText.RangeOf(old), CatalogText.RangeOf(current));
        Compare(ItemChangeKind.NameChanged, old.Name, current.Name);
        Compare(ItemChangeKind.NotesChanged, old.Notes, current.Notes);
    }
}
