using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Core.Datasets;

/// <summary>
/// One read of a resource's rows: the columns to select (only these, plus the row id and sort keys), the
/// filter (already including any row scope), the order, the keyset position to continue after, and the
/// number of rows.
/// </summary>
public sealed record DatasetQuery(
    CatalogResource Resource,
    IReadOnlyList<string> Columns,
    FilterNode? Filter,
    IReadOnlyList<SortKey> Order,
    KeysetPosition? After,
    int Take
);
