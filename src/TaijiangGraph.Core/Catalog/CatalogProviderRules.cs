using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// Only a resource's provider changes its existing items (docs/policy.md, The bureau and the reviewer: the bureau reviews and publishes, it
/// does not
/// open another department's data). Any other publisher may add items and resources and retire items, but change
/// no existing item: no change of sharing type (classification included), legal basis, mask, lookup flag, reference,
/// value rules (format, date range), name or notes, and no bringing back of a retired resource.
/// The <c>indexed</c> flag is open to every publisher: an index changes how fast a column is read, not what is shared
/// (docs/architecture.md, "Dataset indexes"). The resource's own fields (name, summary, format,
/// update cycle, status) are not checked here: only the bureau publishes today. Changes refused to everyone (removal, type, key,
/// un-retiring
/// an item) keep their own codes.
/// </summary>
internal static class CatalogProviderRules
{
    private static readonly Dictionary<ItemChangeKind, string> ProviderOnly = new()
    {
        [ItemChangeKind.SharingChanged] = "sharing type",
        [ItemChangeKind.LegalBasisChanged] = "legal basis",
        [ItemChangeKind.MaskChanged] = "mask",
        [ItemChangeKind.LookupChanged] = "lookup flag",
        [ItemChangeKind.ReferenceChanged] = "reference",
        [ItemChangeKind.FormatChanged] = "format",
        [ItemChangeKind.RangeChanged] = "date range",
        [ItemChangeKind.NameChanged] = "name",
        [ItemChangeKind.NotesChanged] = "notes",
    };

    /// <param name="publisher">The publishing department; null (no department) is the provider of nothing.</param>
    public static void Check(DataCatalog previous, CatalogDiff diff, string? publisher, List<CatalogViolation> v)
    {
        foreach (var resource in previous.Resources.Where(r => r.Provider != publisher))
        {
            if (
                resource.Status == ResourceStatus.Retired
                && diff.Resources.Any(c => c.Resource == resource.ApiName && c.Kind == ResourceChangeKind.StatusChanged)
            )
            {
                v.Add(
                    new(
                        ErrorCodes.Catalog.ChangeByNonProvider,
                        resource.ApiName,
                        null,
                        $"Only the provider {resource.Provider} brings a retired resource back; "
                            + $"{publisher ?? "a publisher without a department"} may not."
                    )
                );
            }

            foreach (var item in diff.ItemChangesOf(resource.ApiName).Where(c => ProviderOnly.ContainsKey(c.Kind)).GroupBy(c => c.Item))
            {
                var what = string.Join("; ", item.Select(c => $"{ProviderOnly[c.Kind]} ({c.Before ?? "none"} → {c.After ?? "none"})"));
                v.Add(
                    new(
                        ErrorCodes.Catalog.ChangeByNonProvider,
                        resource.ApiName,
                        item.Key,
                        $"Only the provider {resource.Provider} changes this item; "
                            + $"{publisher ?? "a publisher without a department"} may retire it but not change its {what}."
                    )
                );
            }
        }
    }
}
