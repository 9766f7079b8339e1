using TaijiangGraph.Core.Time;

namespace TaijiangGraph.Core.Sharing;

/// <summary>
/// An approved conditional-sharing grant: the grantee department may read the listed items of one
/// resource, within the row scope, from <see cref="ValidFrom"/> to <see cref="ValidTo"/> (calendar dates in
/// China Standard Time, both inclusive) unless revoked.
/// </summary>
public sealed record Grant
{
    public required string Id { get; init; }

    public required string Grantee { get; init; }

    /// <summary>API name of the resource.</summary>
    public required string Resource { get; init; }

    public required IReadOnlyList<GrantItem> Items { get; init; }

    public RowScope RowScope { get; init; } = RowScope.AllRows;

    /// <summary>用途 stated in the application.</summary>
    public required string Purpose { get; init; }

    public required DateOnly ValidFrom { get; init; }

    public required DateOnly ValidTo { get; init; }

    /// <summary>批准人员: the reviewer who approved the application.</summary>
    public required string Approver { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>The share application whose approval created the grant; null for a grant stored otherwise (seed, import).</summary>
    public string? ApplicationId { get; init; }

    public GrantState StateAt(DateTimeOffset now)
    {
        if (RevokedAt is { } revoked && revoked <= now)
        {
            return GrantState.Revoked;
        }

        var today = ChinaStandardTime.DayOf(now);
        return today < ValidFrom ? GrantState.NotYetValid
            : today > ValidTo ? GrantState.Expired
            : GrantState.Active;
    }

    public bool IsActiveAt(DateTimeOffset now) => StateAt(now) == GrantState.Active;

    /// <summary>
    /// The instants at which <see cref="StateAt"/> can change, in no order: the start of <see cref="ValidFrom"/> and the end of
    /// <see cref="ValidTo"/> (midnight in China Standard Time), and <see cref="RevokedAt"/>. Between two consecutive instants the state
    /// stays the same.
    /// </summary>
    public IEnumerable<DateTimeOffset> StateBoundaries()
    {
        if (ValidFrom > DateOnly.MinValue)
        {
            yield return ChinaStandardTime.StartOf(ValidFrom);
        }

        if (ValidTo < DateOnly.MaxValue)
        {
            yield return ChinaStandardTime.StartOf(ValidTo.AddDays(1));
        }

        if (RevokedAt is { } revoked)
        {
            yield return revoked;
        }
    }
}
