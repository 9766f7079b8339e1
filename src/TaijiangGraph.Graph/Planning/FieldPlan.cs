using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Paging;

namespace TaijiangGraph.Graph.Planning;

/// <summary>
/// What one data field of a validated request reads, fixed by validation (docs/architecture.md, request path): the
/// resolver executes it and decides nothing. Built only for a field whose arguments passed every data-access check.
/// </summary>
/// <param name="Resource">The resource whose rows are read (for a link, the linked resource).</param>
/// <param name="Role">What the field is: connection, reverse connection, by-key or link.</param>
/// <param name="Where">The caller's filter alone, its <c>updatedSince</c> included (what the cursor binding signs); null for by-key
/// and link fields.</param>
/// <param name="Scope">The request's row scope on <paramref name="Resource"/> (docs/policy.md); null when it covers all rows.</param>
/// <param name="Filter">What the read applies: <paramref name="Where"/> AND <paramref name="Scope"/>.</param>
/// <param name="Order">Sort keys of a connection (the row id breaks ties); empty for by-key and link fields.</param>
/// <param name="First">Page size of a connection; 0 for by-key and link fields.</param>
/// <param name="Position">The keyset position decoded from <c>after</c>, or null for the first page.</param>
/// <param name="Binding">What a connection's cursors are bound to; null for by-key and link fields.</param>
/// <param name="Key">The normalised key argument of a by-key field; null for the other fields.</param>
/// <param name="Columns">The columns to select: the key, and the selected items and linking items the caller may read (not denied).</param>
public sealed record FieldPlan(
    CatalogResource Resource,
    DataFieldRole Role,
    FilterNode? Where,
    FilterNode? Scope,
    FilterNode? Filter,
    IReadOnlyList<SortKey> Order,
    int First,
    KeysetPosition? Position,
    CursorBinding? Binding,
    object? Key,
    IReadOnlyList<string> Columns
);
