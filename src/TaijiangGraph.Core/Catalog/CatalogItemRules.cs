using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Core.Catalog;

/// <summary>The rules one item must satisfy on its own and against the resource it references.</summary>
internal static class CatalogItemRules
{
    public static void Check(DataCatalog catalog, CatalogResource r, CatalogItem item, List<CatalogViolation> v)
    {
        void Add(string code, string message) => v.Add(new(code, r.ApiName, item.ApiName, message));

        if (string.IsNullOrWhiteSpace(item.Name))
        {
            Add(ErrorCodes.Catalog.ItemIncomplete, "An item needs a Chinese name.");
        }

        if (item.Sharing is SharingType.Conditional or SharingType.NotShared && string.IsNullOrWhiteSpace(item.LegalBasis))
        {
            Add(ErrorCodes.Catalog.LegalBasisRequired, $"A {item.Sharing} item needs a legal basis (共享条件/依据).");
        }

        if (
            item.Type.Kind == DataKind.Decimal
            && (
                item.Type.Precision is < 1 or > DataType.MaxDecimalPrecision || item.Type.Scale < 0 || item.Type.Scale > item.Type.Precision
            )
        )
        {
            Add(
                ErrorCodes.Catalog.DecimalInvalid,
                $"decimal({item.Type.Precision},{item.Type.Scale}) is "
                    + $"invalid: "
                    + $"precision "
                    + $"1..{DataType.MaxDecimalPrecision}, scale 0..precision."
            );
        }

        if (item.Sharing == SharingType.Classified && (item.IsKey || item.IsLookup || item.Reference is not null || item.Indexed))
        {
            // A classified item has no column, so nothing to key, look up, reference or index.
            Add(ErrorCodes.Catalog.ClassifiedNotAllowed, "A classified item cannot be a key, a lookup key, a reference or indexed.");
        }

        if (item.Mask != MaskingRule.None && item.Type.Kind is not (DataKind.String or DataKind.Date or DataKind.DateTime))
        {
            Add(ErrorCodes.Catalog.MaskType, $"Mask {item.Mask} needs a string or date item; this one is {item.Type}.");
        }

        if (item.Mask == MaskingRule.DateYear && item.Type.Kind is not (DataKind.Date or DataKind.DateTime))
        {
            Add(ErrorCodes.Catalog.MaskType, "Mask DATE_YEAR needs a date item.");
        }

        if (item.IsLookup && item.Mask == MaskingRule.Hash)
        {
            Add(ErrorCodes.Catalog.LookupOnHash, "A HASH-masked item cannot be a lookup key.");
        }

        CatalogValueRules.Check(item, Add);

        if (item.IsKey && item.Retired)
        {
            Add(ErrorCodes.Catalog.KeyRetired, "The key item cannot be retired.");
        }

        if (item.Reference is { } reference)
        {
            CheckReference(catalog, item, reference, Add);
        }
    }

    private static void CheckReference(DataCatalog catalog, CatalogItem item, ItemReference reference, Action<string, string> add)
    {
        var target = catalog.FindResource(reference.Resource);
        var targetItem = target?.FindItem(reference.Item);
        if (target is null || targetItem is null)
        {
            add(ErrorCodes.Catalog.ReferenceUnresolved, $"References {reference.Resource}.{reference.Item}, which does not exist.");
        }
        else if (!targetItem.IsKey)
        {
            add(ErrorCodes.Catalog.ReferenceNotKey, $"References {reference.Resource}.{reference.Item}, which is not that resource's key.");
        }
        else if (targetItem.Type != item.Type)
        {
            add(
                ErrorCodes.Catalog.ReferenceTypeMismatch,
                $"Is {item.Type} but references " + $"{reference.Resource}.{reference.Item} of type " + $"{targetItem.Type}."
            );
        }
    }
}
