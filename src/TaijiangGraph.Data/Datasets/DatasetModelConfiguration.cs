using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Builds the EF model of the dataset tables for one catalog version: one shared-type entity per resource,
/// a surrogate <c>row_id</c>, the bookkeeping columns and history table of record versions
/// (<see cref="DatasetVersionsConfiguration"/>), one column per item that has a column (classified items have none; retired
/// items keep theirs), a unique index on the key, (item, <c>_deleted_at</c>) indexes on lookup and reference items, and
/// (item, row id, <c>_deleted_at</c>) and (item descending, row id, <c>_deleted_at</c>) indexes for every item declared
/// <c>indexed</c> (docs/architecture.md, "Dataset indexes"). Older layouts (<see cref="DatasetLayout"/>) lack the trailing
/// <c>_deleted_at</c>.
/// </summary>
internal static class DatasetModelConfiguration
{
    /// <summary>Indexed strings (keys, lookups, references) are bounded so every provider can index them.</summary>
    public const int IndexedStringLength = 256;

    /// <summary>The name of the (item, row id, <c>_deleted_at</c>) index of an item declared <c>indexed</c>.</summary>
    public static string OrderIndexName(CatalogResource resource, CatalogItem item) =>
        $"ix_{DatasetNames.Table(resource)}_{item.ApiName}_{DatasetNames.RowId}";

    /// <summary>The name of the (item descending, row id, <c>_deleted_at</c>) index of an item declared <c>indexed</c>.</summary>
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
        // Every read compares the deletion time (docs/data-in.md, "Incremental reads"): a non-unique index that ends with it answers a
        // filtered count or a keyset page from the index alone. Trailing, so the order and the seeks of each index are unchanged.
        string[] deletion = spec.DeletionIndexed ? [DatasetNames.DeletedAt] : [];
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
                }
            });
        }

        if (spec.Versioned)
        {
            foreach (var resource in spec.Catalog.Resources)
            {
                DatasetVersionsConfiguration.Configure(modelBuilder, resource, spec);
            }
        }

        // After the bookkeeping columns, which the indexes may end with.
        foreach (var resource in spec.Catalog.Resources)
        {
            modelBuilder.SharedTypeEntity<Dictionary<string, object>>(DatasetNames.Entity(resource), b =>
                ConfigureIndexes(b, resource, deletion)
            );
        }
    }

    private static void ConfigureIndexes(EntityTypeBuilder<Dictionary<string, object>> b, CatalogResource resource, string[] deletion)
    {
        foreach (var item in resource.Items.Where(i => i.HasColumn && !i.IsKey))
        {
            if (item.IsLookup || item.Reference is not null)
            {
                b.HasIndex([item.ApiName, .. deletion], $"ix_{DatasetNames.Table(resource)}_{item.ApiName}");
            }

            if (item.Indexed)
            {
                // (item, row id) is the keyset order of a page sorted by the item ascending, (item descending, row id)
                // of one sorted descending: ties break by ascending row id both ways, so each order reads its own
                // index forward without a sort, however long a run of equal values; equality filters and deep pages
                // are index range scans. The key needs none: its unique index orders it already (and stays on the key
                // alone: NULL deletion times are distinct, so a trailing _deleted_at would let a key repeat).
                string[] columns = [item.ApiName, DatasetNames.RowId, .. deletion];
                b.HasIndex(columns, OrderIndexName(resource, item));
                b.HasIndex(columns, DescendingOrderIndexName(resource, item)).IsDescending([true, .. columns.Skip(1).Select(_ => false)]);
            }
        }
    }
}
