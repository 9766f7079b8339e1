using TaijiangGraph.Core.Querying;

namespace TaijiangGraph.Graph.Filtering;

/// <summary>
/// Turns a connection's <c>updatedSince</c> argument into the condition it stands for (docs/data-in.md, "Incremental reads"):
/// the record changed strictly after the instant. The instant is read as UTC (an input without an offset is UTC) and truncated to
/// microseconds: change times are stored in microseconds, and for such a time <c>t &gt; x</c> holds exactly when
/// <c>t &gt; floor(x)</c>, so no provider rounds the comparison.
/// </summary>
internal static class UpdatedSinceArgument
{
    /// <summary>The condition, or null without the argument.</summary>
    /// <exception cref="ArgumentException">The value is not a date-time.</exception>
    public static ChangedAfterCondition? Parse(object? value)
    {
        DateTime? utc = value switch
        {
            null => null,
            DateTimeOffset o => o.UtcDateTime,
            DateTime { Kind: DateTimeKind.Local } t => t.ToUniversalTime(),
            DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
            _ => throw new ArgumentException("'updatedSince' must be a date-time."),
        };
        return utc is { } instant ? new ChangedAfterCondition(new DateTime(instant.Ticks - (instant.Ticks % 10), DateTimeKind.Utc)) : null;
    }
}
