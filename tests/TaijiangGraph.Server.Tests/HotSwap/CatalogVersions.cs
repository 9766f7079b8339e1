using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Seeding;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>
/// Catalog documents the hot swap tests publish, derived from the sample catalog (version 1): version 2 adds
/// <c>market_entity.website</c> (网址, unconditional), version 3 retires <c>market_entity.entity_type</c>.
/// </summary>
internal static class CatalogVersions
{
    public const string MarketEntity = "market_entity";

    public const string MarketEntityCode = "350103-SCJG-0001";

    public static DataCatalog Sample => SampleSeed.Load().Catalog;

    /// <summary>Version 2: <c>market_entity.website</c> (网址) added, unconditional.</summary>
    public static DataCatalog WithWebsite => Change(Sample, 2, items => [.. items, Website]);

    /// <summary>Version 3: version 2 with <c>market_entity.entity_type</c> retired.</summary>
    public static DataCatalog WithoutEntityType =>
        Change(WithWebsite, 3, items => items.Select(i => i.ApiName == "entity_type" ? i with { Retired = true } : i));

    public static CatalogItem Website { get; } =
        new()
        {
            ApiName = "website",
            Name = "网址",
            Type = DataType.String,
        };

    /// <summary><paramref name="catalog"/> as version <paramref name="version"/>, with the market entity's items changed.</summary>
    public static DataCatalog Change(DataCatalog catalog, int version, Func<IReadOnlyList<CatalogItem>, IEnumerable<CatalogItem>> items) =>
        catalog with
        {
            Version = version,
            Resources =
            [
                .. catalog.Resources.Select(r => r.ApiName == MarketEntity ? r with { Version = version, Items = [.. items(r.Items)] } : r),
            ],
        };

    /// <summary><paramref name="catalog"/> with one resource changed.</summary>
    public static DataCatalog WithResource(this DataCatalog catalog, string resource, Func<CatalogResource, CatalogResource> change)
    {
        Assert.NotNull(catalog.FindResource(resource));
        return catalog with { Resources = [.. catalog.Resources.Select(r => r.ApiName == resource ? change(r) : r)] };
    }

    /// <summary><paramref name="catalog"/> with one item changed.</summary>
    public static DataCatalog WithItem(this DataCatalog catalog, string resource, string item, Func<CatalogItem, CatalogItem> change)
    {
        Assert.NotNull(catalog.FindResource(resource)?.FindItem(item));
        return catalog.WithResource(resource, r => r with { Items = [.. r.Items.Select(i => i.ApiName == item ? change(i) : i)] });
    }

    public static string Json(DataCatalog catalog) => CatalogJson.Serialize(catalog);
}
