using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Core.Lookups;

/// <summary>
/// The daily budget of lookup misses (values looked up on a masked lookup key that match no record the caller
/// can see), kept per user, per app principal and per department over a rolling 24 hours and shared by every
/// instance behind one database. A request reserves all its lookup values before any data is read; what turned
/// out to be hits is refunded afterwards, so neither one large request nor parallel requests can overshoot.
/// </summary>
public interface ILookupBudget
{
    /// <summary>
    /// Reserves the lookups atomically against every budget the caller counts against; null when they do not
    /// fit (then nothing is reserved, and the first refusal of a window is written as a governance event).
    /// </summary>
    Task<LookupReservation?> TryReserveAsync(Principal caller, IReadOnlyList<LookupUse> uses, CancellationToken ct = default);

    /// <summary>Turns a reservation into its misses: each use is charged only for its values that matched nothing.</summary>
    Task SettleAsync(LookupReservation reservation, IReadOnlyList<int> missesPerUse, CancellationToken ct = default);
}
