using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// Schema evolution only adds: a new version may add resources and items and retire items, but never
/// removes an item, changes its type, or brings a retired item back. A resource keeps its provider, and a
/// department stays registered with the roles it has; a department added by publishing never holds a
/// deployment-only role (bureau, reviewer).
/// </summary>
internal static class CatalogEvolutionRules
{
    private static readonly string Classified = CatalogText.Of(SharingType.Classified);

    public static void Check(DataCatalog previous, DataCatalog next, CatalogDiff diff, List<CatalogViolation> v)
    {
        if (next.Version <= previous.Version)
        {
            v.Add(
                new(
                    ErrorCodes.Catalog.VersionNotIncreased,
                    null,
                    null,
                    $"Version {next.Version} must " + $"be greater " + $"than the " + $"published " + $"version {previous.Version}."
                )
            );
        }

        CheckDepartments(next, diff, v);
        foreach (var change in diff.Resources)
        {
            CheckResource(change, v);
        }

        foreach (var change in diff.Items)
        {
            CheckItem(change, v);
        }
    }

    private static void CheckDepartments(DataCatalog next, CatalogDiff diff, List<CatalogViolation> v)
    {
        foreach (var change in diff.Departments)
        {
            switch (change.Kind)
            {
                case DepartmentChangeKind.Removed:
                    v.Add(
                        new(
                            ErrorCodes.Catalog.DepartmentRemoved,
                            null,
                            null,
                            $"Department '{change.Department}' "
                                + $"cannot be "
                                + $"removed: "
                                + $"tokens, grants and usage records name it."
                        )
                    );
                    break;
                case DepartmentChangeKind.RolesChanged:
                    v.Add(
                        new(
                            ErrorCodes.Catalog.DepartmentRolesChanged,
                            null,
                            null,
                            $"The roles of department "
                                + $"'{change.Department}' cannot "
                                + $"change by "
                                + $"publishing "
                                + $"({change.Before} → "
                                + $"{change.After}); "
                                + $"the deployment's seed catalog fixes them."
                        )
                    );
                    break;
                case DepartmentChangeKind.Added:
                    var reserved = next.FindDepartment(change.Department)!
                        .Roles.Where(Roles.DeploymentOnly.Contains)
                        .Distinct(StringComparer.Ordinal);
                    foreach (var role in reserved)
                    {
                        v.Add(
                            new(
                                ErrorCodes.Catalog.DepartmentRoleReserved,
                                null,
                                null,
                                $"Department '{change.Department}' cannot be given "
                                    + $"the role "
                                    + $"'{role}' by "
                                    + $"publishing; "
                                    + $"only the "
                                    + $"deployment's "
                                    + $"seed catalog gives the roles bureau and reviewer."
                            )
                        );
                    }

                    break;
            }
        }
    }

    private static void CheckResource(ResourceChange change, List<CatalogViolation> v)
    {
        switch (change.Kind)
        {
            case ResourceChangeKind.Removed:
                v.Add(
                    new(
                        ErrorCodes.Catalog.ResourceRemoved,
                        change.Resource,
                        null,
                        "A published resource " + "cannot be " + "removed; set its " + "status to RETIRED."
                    )
                );
                break;
            case ResourceChangeKind.Renamed:
                v.Add(new(ErrorCodes.Catalog.ResourceRenamed, change.Resource, null, "A resource's API names cannot change."));
                break;
            case ResourceChangeKind.ProviderChanged:
                v.Add(
                    new(
                        ErrorCodes.Catalog.ProviderChanged,
                        change.Resource,
                        null,
                        $"A resource's provider never changes " + $"({change.Before} → {change.After}); register a new resource instead."
                    )
                );
                break;
        }
    }

    private static void CheckItem(ItemChange change, List<CatalogViolation> v)
    {
        void Add(string code, string message) => v.Add(new(code, change.Resource, change.Item, message));

        switch (change.Kind)
        {
            case ItemChangeKind.Removed:
                Add(ErrorCodes.Catalog.ItemRemoved, "An item cannot be removed; retire it instead.");
                break;
            case ItemChangeKind.TypeChanged:
                Add(
                    ErrorCodes.Catalog.ItemTypeChanged,
                    $"An item's type never changes "
                        + $"in place "
                        + $"({change.Before} → "
                        + $"{change.After}); add "
                        + $"a new item and retire this one."
                );
                break;
            case ItemChangeKind.Unretired:
                Add(ErrorCodes.Catalog.ItemUnretired, "A retired item cannot come back; add a new item.");
                break;
            case ItemChangeKind.SharingChanged when change.After == Classified:
                // The column and its data would stay behind; retiring guarantees nothing reads it again.
                Add(
                    ErrorCodes.Catalog.ItemClassifiedInPlace,
                    "An item with stored values cannot become classified in place; "
                        + "retire it "
                        + "(its column is never read again) and catalogue the classified item anew."
                );
                break;
            case ItemChangeKind.KeyChanged:
                Add(ErrorCodes.Catalog.KeyChanged, "A resource's key item cannot change.");
                break;
        }
    }
}
