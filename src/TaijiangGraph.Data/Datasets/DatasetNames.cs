using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Table and column names of the generated dataset tables. The bookkeeping columns and the history table's name start with or
/// contain an underscore where an item or resource API name cannot (API names match <c>^[a-z][a-z0-9]*(_[a-z0-9]+)*$</c>: no
/// leading underscore and no <c>__</c>), so they never collide with a catalog name (docs/architecture.md, "Record versions").
/// </summary>
internal static class DatasetNames
{
    /// <summary>The surrogate row id every dataset table has: tie-breaker, default order and cursor anchor.</summary>
    public const string RowId = "row_id";

    /// <summary>The record's version: 1 on insert, +1 on every update that changes a value.</summary>
    public const string Version = RecordInfoColumns.Version;

    /// <summary>The UTC time of the record's last change (insert, update or approved deletion), in microseconds.</summary>
    public const string ChangedAt = RecordInfoColumns.ChangedAt;

    /// <summary>When an approved deletion hid the record; null while it is visible.</summary>
    public const string DeletedAt = "_deleted_at";

    /// <summary>The table of a resource, e.g. <c>ds_market_entity</c>.</summary>
    /// <summary>The tag (an SQL comment) of the record writer's reads: it loads the records it updates, whole, for the provider
    /// alone (docs/data-in.md, "Who writes").</summary>
    public const string WriteReadTag = "record write: records to update, for their provider";

    public static string Table(CatalogResource resource) => "ds_" + resource.ApiName;

    /// <summary>The history table of a resource, e.g. <c>ds_market_entity__history</c>.</summary>
    public static string HistoryTable(CatalogResource resource) => Table(resource) + "__history";

    /// <summary>The shared-type entity name of a resource in the dataset model.</summary>
    public static string Entity(CatalogResource resource) => resource.ApiName;

    /// <summary>The shared-type entity name of a resource's history in the dataset model.</summary>
    public static string HistoryEntity(CatalogResource resource) => resource.ApiName + "__history";

    /// <summary>The name of the (change time, row id, deletion time) index of incremental reads.</summary>
    public static string ChangedIndex(CatalogResource resource) => $"ix_{Table(resource)}_changed_at_{RowId}";
}
