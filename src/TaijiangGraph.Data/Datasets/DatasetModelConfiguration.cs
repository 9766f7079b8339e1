using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Builds the EF model of the dataset tables for one catalog version: one shared-type entity per resource,
/// a surrogate <c>row_id</c>, the bookkeeping columns and history table of record versions
/// (<see cref="DatasetVersionsConfiguration"/>), one column per item that has a column (classified items have none; retired
/// items keep theirs), a unique index on the key, indexes on lookup and reference items, and an index on (item, row id)
/// for every item declared <c>indexed</c> (docs/architecture.md, "Dataset indexes").
/// </summary>
internal static class DatasetModelConfiguration
{
    /// <summary>Indexed strings (keys, lookups, references) are bounded so every provider can index them.</summary>
    public const int IndexedStringLength = 256;

    /// <summary>The name of the (item, row id) index of an item declared <c>indexed</c>.</summary>
    public static string OrderIndexName(CatalogResource resource, CatalogItem item) =>
        $"ix_{DatasetNames.Table(resource)}_{item.ApiName}_{DatasetNames.RowId}";

    /// <summary>The name of the (item descending, row id) index of an item declared <c>indexed</c>.</summary>
    public static string DescendingOrderIndexName(CatalogResource resource, CatalogItem item) =>
        $"ix_{DatasetNames.Table(resource)}_{item.ApiName}_desc_{DatasetNames.RowId}";

    /// <summary>
    /// Whether a string item's column is bounded to <see cref="IndexedStringLength"/>. An <c>indexed</c> item changes no column
    /// type on SQLite and PostgreSQL (both index unbounded text), so a later version that declares it only adds the index; SQL
    /// Server cannot index <c>nvarchar(max)</c>, so there an indexed string is bounded from the start.
    /// </summary>
    private static bool Bounded(CatalogItem item, DatabaseProvider provider) =>
        item.IsKey || item.IsLookup || item.Reference is not null || (item.Indexed && provider == DatabaseProvider.SqlServer);

    private static string? BinaryCollation(DatabaseProvider provider) =>
        provider switch
        {
            DatabaseProvider.PostgreSql => "C",
            DatabaseProvider.SqlServer => "Latin1_General_100_BIN2_UTF8",
            _ => null, // SQLite compares strings by bytes already
        };

    public static void Configure(ModelBuilder modelBuilder, DatasetModelSpec spec)
    {
        var provider = spec.Provider;
        foreach (var resource in spec.Catalog.Resources)
        {
            modelBuilder.SharedTypeEntity<Dictionary<string, object>>(DatasetNames.Entity(resource), b =>
            {
                b.ToTable(DatasetNames.Table(resource));
                b.IndexerProperty<long>(DatasetNames.RowId).ValueGeneratedOnAdd();
                b.HasKey(DatasetNames.RowId);
                foreach (var item in resource.Items.Where(i => i.HasColumn))
                {
                    var property = b.IndexerProperty(DatasetClrTypes.Of(item.Type), item.ApiName);
                    var indexed = item.IsKey || item.IsLookup || item.Reference is not null;
                    switch (item.Type.Kind)
                    {
                        case DataKind.String when Bounded(item, provider):
                            property.HasMaxLength(IndexedStringLength);
                            break;
                        case DataKind.Decimal when provider == DatabaseProvider.Sqlite:
                            property.HasConversion(new ScaledDecimalConverter(item.Type.Scale));
                            break;
                        case DataKind.Decimal:
                            property.HasPrecision(item.Type.Precision, item.Type.Scale);
                            break;
                        case DataKind.DateTime:
                            property.HasConversion(new UtcDateTimeConverter());
                            break;
                    }

                    if (item.Type.Kind == DataKind.String && BinaryCollation(provider) is { } collation)
                    {
                        // Code-point order on every provider, as SQLite has, so keyset paging agrees across providers.
                        property.UseCollation(collation);
                    }

                    if (item.IsKey)
                    {
                        property.IsRequired();
                        b.HasIndex(item.ApiName).IsUnique().HasDatabaseName($"ux_{DatasetNames.Table(resource)}_{item.ApiName}");
                    }
                    else if (indexed)
                    {
                        b.HasIndex(item.ApiName).HasDatabaseName($"ix_{DatasetNames.Table(resource)}_{item.ApiName}");
                    }

                    if (item.Indexed && !item.IsKey)
                    {
                        // (item, row id) is the keyset order of a page sorted by the item ascending, (item descending, row id)
                        // of one sorted descending: ties break by ascending row id both ways, so each order reads its own
                        // index forward without a sort, however long a run of equal values; equality filters and deep pages
                        // are index range scans. The key needs none: its unique index orders it already.
                        string[] columns = [item.ApiName, DatasetNames.RowId];
                        b.HasIndex(columns, OrderIndexName(resource, item));
                        b.HasIndex(columns, DescendingOrderIndexName(resource, item)).IsDescending(true, false);
                    }
                }
            });
        }

        if (spec.Versioned)
        {
            foreach (var resource in spec.Catalog.Resources)
            {
                DatasetVersionsConfiguration.Configure(modelBuilder, resource, provider);
            }
        }
    }
}
