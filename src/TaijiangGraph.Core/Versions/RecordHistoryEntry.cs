namespace TaijiangGraph.Core.Versions;

/// <summary>
/// One entry of a record's history: the version it produced, what happened, when (UTC), who, the changed item API names (catalog
/// order) and their previous values as a deterministic JSON object (null for an insert or a deletion). Whoever shows it decides
/// who may see <see cref="PreviousValuesJson"/>.
/// </summary>
public sealed record RecordHistoryEntry(
    int Version,
    RecordChangeKind Kind,
    DateTimeOffset ChangedAt,
    string Actor,
    IReadOnlyList<string> ChangedItems,
    string? PreviousValuesJson
);
