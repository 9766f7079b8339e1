using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Core.Datasets;

/// <summary>
/// Reads the rows of a catalog version's resources (docs/architecture.md, The path of one request). Every filter a
/// caller passes is applied as given: the caller ANDs the request's row scope into it (<see cref="RowScopeFilters.And"/>),
/// so a row outside the scope is never read. Rows carry their row id and only the columns asked for plus the sort keys;
/// rows are ordered by the given sort keys (NULLs last ascending, first descending), then by row id (the tie-breaker of
/// every order), alike on every database. A record an approved deletion hid is read by no method (docs/data-in.md, "Incremental reads").
/// Implementations are thread-safe: concurrent calls share no state.
/// </summary>
public interface IDatasetReader
{
    /// <summary>
    /// One page: at most <see cref="DatasetQuery.Take"/> rows matching <see cref="DatasetQuery.Filter"/>, in
    /// <see cref="DatasetQuery.Order"/>, strictly after <see cref="DatasetQuery.After"/> when given (keyset paging).
    /// A caller that asks for one row more than it shows learns whether a next page exists.
    /// </summary>
    Task<IReadOnlyList<DatasetRow>> PageAsync(DataCatalog catalog, DatasetQuery query, CancellationToken ct = default);

    /// <summary>How many rows of <paramref name="resource"/> match <paramref name="filter"/> (all rows when null).</summary>
    Task<long> CountAsync(DataCatalog catalog, CatalogResource resource, FilterNode? filter, CancellationToken ct = default);

    /// <summary>
    /// The rows whose <paramref name="item"/> is one of <paramref name="values"/> and that match <paramref name="filter"/>,
    /// read in one query for a whole batch, in <paramref name="order"/>. Each row carries <paramref name="item"/> besides
    /// <paramref name="columns"/>, so the caller can group rows by value. With <paramref name="perValueTake"/>, at most that
    /// many rows per value; with <paramref name="after"/>, only rows after that keyset position. No values: no rows, no query.
    /// </summary>
    Task<IReadOnlyList<DatasetRow>> WhereInAsync(
        DataCatalog catalog,
        CatalogResource resource,
        string item,
        IReadOnlyCollection<object> values,
        IReadOnlyList<string> columns,
        FilterNode? filter,
        IReadOnlyList<SortKey> order,
        int? perValueTake,
        KeysetPosition? after = null,
        CancellationToken ct = default
    );

    /// <summary>
    /// Row counts per value of <paramref name="item"/> among <paramref name="values"/>, of the rows matching
    /// <paramref name="filter"/>, in one grouped query; a value that matches no row is absent from the result.
    /// </summary>
    Task<IReadOnlyDictionary<object, long>> CountByAsync(
        DataCatalog catalog,
        CatalogResource resource,
        string item,
        IReadOnlyCollection<object> values,
        FilterNode? filter,
        CancellationToken ct = default
    );
}
