using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Seeding;

namespace TaijiangGraph.Core.Tests.Catalog;

/// <summary>The sample catalog the server seeds, and helpers to break one thing in it.</summary>
internal static class SampleCatalog
{
    private static readonly Lazy<string> SeedPath = new(FindSeed);

    /// <summary>Path of <c>sample-catalog.json</c>, found from the solution folder.</summary>
    public static string Path => SeedPath.Value;

    /// <summary>A freshly deserialized copy of the sample catalog (records are immutable; lists are fresh).</summary>
    public static DataCatalog Load() => SeedJson.Deserialize(File.ReadAllText(Path)).Catalog;

    public static DataCatalog WithResource(this DataCatalog catalog, string resource, Func<CatalogResource, CatalogResource> change)
    {
        Assert.NotNull(catalog.FindResource(resource));
        return catalog with { Resources = [.. catalog.Resources.Select(r => r.ApiName == resource ? change(r) : r)] };
    }

    public static DataCatalog WithItems(
        this DataCatalog catalog,
        string resource,
        Func<IReadOnlyList<CatalogItem>, IEnumerable<CatalogItem>> change
    ) => catalog.WithResource(resource, r => r with { Items = [.. change(r.Items)] });

    public static DataCatalog WithItem(this DataCatalog catalog, string resource, string item, Func<CatalogItem, CatalogItem> change)
    {
        Assert.NotNull(catalog.FindResource(resource)?.FindItem(item));
        return catalog.WithItems(resource, items => items.Select(i => i.ApiName == item ? change(i) : i));
    }

    public static DataCatalog WithoutResource(this DataCatalog catalog, string resource) =>
        catalog with
        {
            Resources = [.. catalog.Resources.Where(r => r.ApiName != resource)],
        };

    public static DataCatalog NextVersion(this DataCatalog catalog) => catalog with { Version = catalog.Version + 1 };

    public static CatalogItem Item(this DataCatalog catalog, string resource, string item) =>
        catalog.FindResource(resource)?.FindItem(item) ?? throw new ArgumentException($"No item {resource}.{item}.");

    /// <summary>
    /// Graph names a service reserves, as the graph would supply them (the graph derives its own from its schema;
    /// Core only checks against the set it is given).
    /// </summary>
    public static ReservedNames Reserved { get; } =
        new(
            [
                "me",
                "departments",
                "department",
                "resources",
                "resource",
                "node",
                "nodes",
                "auditLog",
                "recordAccesses",
                "verifyAuditChain",
                "publishCatalog",
                "governanceEvents",
            ],
            [
                "Query",
                "Mutation",
                "Subscription",
                "Me",
                "Department",
                "Resource",
                "Item",
                "Grant",
                "GrantItem",
                "ItemReference",
                "RowScope",
                "RowScopeCondition",
                "PageInfo",
                "Decimal",
                "Date",
                "DateTime",
                "Long",
                "SharingType",
                "MaskingRule",
                "UpdateCycle",
                "ResourceStatus",
                "Role",
                "GrantState",
                "SortEnumType",
                "AuditRecord",
                "AuditLogPage",
                "AuditOutcome",
                "ChainVerification",
                "CatalogViolation",
                "PublishCatalogResult",
                "GovernanceEvent",
            ]
        );

    /// <summary>Asserts the catalog breaks exactly one rule, with this code, naming this resource and item (names reserved as
    /// <see cref="Reserved"/>).</summary>
    public static CatalogViolation AssertSingleViolation(
        this DataCatalog catalog,
        string code,
        string? resource,
        string? item,
        DataCatalog? previous = null
    )
    {
        var violation = Assert.Single(CatalogValidator.Validate(catalog, previous, Reserved));
        AssertIs(violation, code, resource, item);
        return violation;
    }

    public static void AssertIs(CatalogViolation violation, string code, string? resource, string? item)
    {
        Assert.Equal((code, resource, item), (violation.Code, violation.Resource, violation.Item));
        Assert.False(string.IsNullOrWhiteSpace(violation.Message));
        if (resource is not null)
        {
            Assert.Contains(item is null ? $"[{resource}]" : $"[{resource}.{item}]", violation.ToString(), StringComparison.Ordinal);
        }
    }

    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TaijiangGraph.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "src", "TaijiangGraph.Data", "Seeding", "sample-catalog.json");
            }
        }

        throw new InvalidOperationException($"TaijiangGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
