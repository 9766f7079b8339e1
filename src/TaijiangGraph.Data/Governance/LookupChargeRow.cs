namespace TaijiangGraph.Data.Governance;

/// <summary>
/// One operation's lookups on one masked lookup key (table <c>lookup_charges</c>): reserved before the read,
/// settled to the misses after it. What it costs the budgets is <see cref="Misses"/> once settled, else
/// <see cref="Reserved"/> (a request that never settles keeps its whole reservation).
/// </summary>
public sealed class LookupChargeRow
{
    public long Id { get; set; }

    /// <summary>When the reservation was made, in Unix milliseconds (compared the same way on every provider).</summary>
    public long AtMs { get; set; }

    public required string Department { get; set; }
    public required string UserId { get; set; }

    /// <summary>The app principal's id; its charges count against the app, not the user.</summary>
    public string? App { get; set; }

    public required string Resource { get; set; }
    public required string Item { get; set; }
    public int Reserved { get; set; }
    public int? Misses { get; set; }
}
