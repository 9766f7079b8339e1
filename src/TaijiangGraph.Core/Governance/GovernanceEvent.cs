namespace TaijiangGraph.Core.Governance;

/// <summary>
/// A catalog publication, a grant added, or a suspected lookup enumeration, with its actor and the values before and after as JSON,
/// recorded in the same transaction as the change (docs/architecture.md, Publishing a catalog version).
/// </summary>
/// <param name="Id">The event's id: ascending in recording order.</param>
/// <param name="Time">When the change was recorded.</param>
/// <param name="Actor">Who made the change (a user id, or <c>seed</c>).</param>
/// <param name="Kind">E.g. <c>CATALOG_PUBLISHED</c>, <c>GRANT_ADDED</c>, <c>LOOKUP_ENUMERATION_SUSPECTED</c>.</param>
/// <param name="Subject">What changed, e.g. <c>catalog</c> or a grant id.</param>
/// <param name="Resource">The resource the event concerns, when it concerns one: its provider may read the event too.</param>
/// <param name="Before">The value before the change (JSON), if any.</param>
/// <param name="After">The value after the change (JSON), if any.</param>
public sealed record GovernanceEvent(
    long Id,
    DateTimeOffset Time,
    string Actor,
    string Kind,
    string Subject,
    string? Resource,
    string? Before,
    string? After
);
