using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// The record-version part of the dataset model (docs/architecture.md, "Record versions"): on every dataset table the bookkeeping
/// columns <c>_version</c> (default 1), <c>_changed_at</c> (UTC; default <see cref="UnknownChangeTime"/> for rows that predate
/// versions) and <c>_deleted_at</c> (null) with an index on (<c>_changed_at</c>, <c>row_id</c>, <c>_deleted_at</c>), and a history
/// table per resource.
/// </summary>
internal static class DatasetVersionsConfiguration
{
    /// <summary>The change time a row gets when its table gains the bookkeeping columns: 2000-01-01T00:00:00Z, before any record
    /// of the service, so a sync from any real instant does not re-read the rows that existed before versions.</summary>
    public static readonly DateTime UnknownChangeTime = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The longest actor id a history entry holds.</summary>
    public const int ActorLength = 256;
    private const int KindLength = 16;

    /// <summary>The clock's now as a change time: UTC, truncated to microseconds (what PostgreSQL and <c>datetime2(6)</c> keep), so
    /// a time read back equals the time written on every provider.</summary>
    public static DateTime Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
    }

    public static void Configure(ModelBuilder modelBuilder, CatalogResource resource, DatasetModelSpec spec)
    {
        var provider = spec.Provider;
        modelBuilder.SharedTypeEntity<Dictionary<string, object>>(DatasetNames.Entity(resource), b =>
        {
            b.IndexerProperty<int>(DatasetNames.Version).IsRequired().HasDefaultValue(1).IsConcurrencyToken();
            Moment(b.IndexerProperty<DateTime>(DatasetNames.ChangedAt), provider).IsRequired().HasDefaultValue(UnknownChangeTime);
            Moment(b.IndexerProperty<DateTime?>(DatasetNames.DeletedAt), provider).IsConcurrencyToken();
            b.HasIndex(
                spec.DeletionIndexed
                    ? [DatasetNames.ChangedAt, DatasetNames.RowId, DatasetNames.DeletedAt]
                    : [DatasetNames.ChangedAt, DatasetNames.RowId],
                DatasetNames.ChangedIndex(resource)
            );
        });
        modelBuilder.SharedTypeEntity<Dictionary<string, object>>(DatasetNames.HistoryEntity(resource), b =>
        {
            b.ToTable(DatasetNames.HistoryTable(resource));
            b.IndexerProperty<long>(DatasetHistoryColumns.Id).ValueGeneratedOnAdd();
            b.HasKey(DatasetHistoryColumns.Id);
            b.IndexerProperty<long>(DatasetHistoryColumns.RowId).IsRequired();
            b.IndexerProperty<int>(DatasetHistoryColumns.Version).IsRequired();
            b.IndexerProperty<string>(DatasetHistoryColumns.Kind).IsRequired().HasMaxLength(KindLength);
            Moment(b.IndexerProperty<DateTime>(DatasetHistoryColumns.ChangedAt), provider).IsRequired();
            b.IndexerProperty<string>(DatasetHistoryColumns.Actor).IsRequired().HasMaxLength(ActorLength);
            b.IndexerProperty<string>(DatasetHistoryColumns.Items).IsRequired();
            b.IndexerProperty<string>(DatasetHistoryColumns.Previous);
            b.HasIndex([DatasetHistoryColumns.RowId, DatasetHistoryColumns.Version], $"ix_{DatasetNames.HistoryTable(resource)}_row_id");
        });
    }

    /// <summary>A UTC time column with microsecond precision on every provider (SQL Server <c>datetime2(6)</c>).</summary>
    private static Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<T> Moment<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<T> property,
        DatabaseProvider provider
    )
    {
        property.HasConversion(new UtcDateTimeConverter());
        if (provider == DatabaseProvider.SqlServer)
        {
            property.HasPrecision(6);
        }

        return property;
    }
}
