namespace TaijiangGraph.Core.Querying;

/// <summary>
/// The record's last change is strictly after <see cref="Instant"/> (a connection's <c>updatedSince</c>, docs/data-in.md,
/// "Incremental reads"). A condition on the record's bookkeeping, not on an item: it names no item, so it uses none and the row
/// scope and the audit trail's predicates do not see it.
/// </summary>
/// <param name="Instant">A UTC instant, truncated to microseconds (the change times' precision).</param>
public sealed record ChangedAfterCondition(DateTime Instant) : FilterNode
{
    public override IEnumerable<ItemCondition> Conditions() => [];
}
