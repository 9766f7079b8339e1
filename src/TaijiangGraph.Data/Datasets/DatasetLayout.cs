namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// The shapes the dataset tables have had, oldest first. New tables are always created in <see cref="Current"/>; the older layouts
/// only describe existing tables as the migrator's starting point, so a database of any age is brought to the current one on start
/// (docs/architecture.md, "Dataset indexes" and "Record versions").
/// </summary>
public enum DatasetLayout
{
    /// <summary>Tables created before record versions: no bookkeeping columns, no history tables.</summary>
    BeforeVersions,

    /// <summary>Tables with the bookkeeping columns and history tables whose indexes do not yet carry <c>_deleted_at</c>.</summary>
    BeforeDeletionIndexes,

    /// <summary>Bookkeeping columns, history tables, and every non-unique index ending with <c>_deleted_at</c>.</summary>
    Current,
}
