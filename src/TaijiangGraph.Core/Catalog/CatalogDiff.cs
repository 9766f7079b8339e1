using System.Text.Json.Serialization;

namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// What changed from one catalog version to the next: departments (matched by code), resources (matched by
/// catalog code) and the items of resources present in both versions (matched by API name), each change with its
/// kind and the values before and after. Immutable; <see cref="Between"/> builds it.
/// </summary>
public sealed record CatalogDiff
{
    /// <summary>The previous version, or null when the new version is the first.</summary>
    public int? FromVersion { get; init; }

    public required int ToVersion { get; init; }

    public required IReadOnlyList<DepartmentChange> Departments { get; init; }

    /// <summary>Changes of resources' own fields; the items of an added resource are part of it and not listed.</summary>
    public required IReadOnlyList<ResourceChange> Resources { get; init; }

    /// <summary>Item changes, per resource in the previous version's order: an item's changes first, added items last.</summary>
    public required IReadOnlyList<ItemChange> Items { get; init; }

    [JsonIgnore]
    public bool IsEmpty => Departments.Count == 0 && Resources.Count == 0 && Items.Count == 0;

    /// <summary>The item changes of one resource (by its API name in the previous version).</summary>
    public IEnumerable<ItemChange> ItemChangesOf(string resource) => Items.Where(c => c.Resource == resource);

    /// <summary>The changes from <paramref name="previous"/> (null: nothing yet, so everything is added) to
    /// <paramref name="next"/>.</summary>
    public static CatalogDiff Between(DataCatalog? previous, DataCatalog next)
    {
        var departments = new List<DepartmentChange>();
        var resources = new List<ResourceChange>();
        var items = new List<ItemChange>();
        var before = previous
            ?? new DataCatalog
            {
                Version = 0,
                Departments = [],
                Resources = [],
            };
        CompareDepartments(before, next, departments);
        foreach (var old in before.Resources)
        {
            var current = next.Resources.FirstOrDefault(r => r.Code == old.Code);
            if (current is null)
            {
                resources.Add(new(old.ApiName, ResourceChangeKind.Removed, old.Provider, null));
                continue;
            }

            CompareResource(old, current, resources);
            CatalogItemDiff.Compare(old, current, items);
        }

        foreach (var added in next.Resources.Where(r => before.Resources.All(old => old.Code != r.Code)))
        {
            resources.Add(new(added.ApiName, ResourceChangeKind.Added, null, added.Provider));
        }

        return new CatalogDiff
        {
            FromVersion = previous?.Version,
            ToVersion = next.Version,
            Departments = departments,
            Resources = resources,
            Items = items,
        };
    }

    private static void CompareDepartments(DataCatalog previous, DataCatalog next, List<DepartmentChange> changes)
    {
        foreach (var old in previous.Departments)
        {
            var current = next.FindDepartment(old.Code);
            if (current is null)
            {
                changes.Add(new(old.Code, DepartmentChangeKind.Removed, CatalogText.Of(old.Roles), null));
                continue;
            }

            if (current.Name != old.Name)
            {
                changes.Add(new(old.Code, DepartmentChangeKind.Renamed, old.Name, current.Name));
            }

            var (before, after) = (CatalogText.Of(old.Roles), CatalogText.Of(current.Roles));
            if (before != after)
            {
                changes.Add(new(old.Code, DepartmentChangeKind.RolesChanged, before, after));
            }
        }

        foreach (var added in next.Departments.Where(d => previous.FindDepartment(d.Code) is null))
        {
            changes.Add(new(added.Code, DepartmentChangeKind.Added, null, CatalogText.Of(added.Roles)));
        }
    }

    private static void CompareResource(CatalogResource old, CatalogResource current, List<ResourceChange> changes)
    {
        void Compare(ResourceChangeKind kind, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add(new(old.ApiName, kind, before, after));
            }
        }

        Compare(ResourceChangeKind.Renamed, $"{old.ApiName}/{old.PluralApiName}", $"{current.ApiName}/{current.PluralApiName}");
        Compare(ResourceChangeKind.ProviderChanged, old.Provider, current.Provider);
        Compare(
            current.Status == ResourceStatus.Retired ? ResourceChangeKind.Retired : ResourceChangeKind.StatusChanged,
            CatalogText.Of(old.Status),
            CatalogText.Of(current.Status)
        );
        Compare(ResourceChangeKind.NameChanged, old.Name, current.Name);
        Compare(ResourceChangeKind.SummaryChanged, old.Summary, current.Summary);
        Compare(ResourceChangeKind.FormatChanged, old.Format, current.Format);
        Compare(ResourceChangeKind.UpdateCycleChanged, CatalogText.Of(old.UpdateCycle), CatalogText.Of(current.UpdateCycle));
    }
}
