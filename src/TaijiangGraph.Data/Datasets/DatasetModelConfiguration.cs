using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Builds the EF model of the dataset tables for one catalog version: one shared-type entity per resource,
/// a surrogate <c>row_id</c>, one column per item that has a column (classified items have none; retired
/// items keep theirs), a unique index on the key and indexes on lookup and reference items.
/// </summary>
internal static class DatasetModelConfiguration
{
    /// <summary>Indexed strings (keys, lookups, references) are bounded so every provider can index them.</summary>
    public const int IndexedStringLength = 256;

    private static string? BinaryCollation(DatabaseProvider provider) =>
        provider switch
        {
            DatabaseProvider.PostgreSql => "C",
            DatabaseProvider.SqlServer => "Latin1_General_100_BIN2_UTF8",
            _ => null, // SQLite compares strings by bytes already
        };

    public static void Configure(ModelBuilder modelBuilder, DataCatalog catalog, DatabaseProvider provider)
    {
        foreach (var resource in catalog.Resources)
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
                        case DataKind.String when indexed:
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
                }
            });
        }
    }
}
