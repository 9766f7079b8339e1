using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Lookups;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>A lookup budget with room for everything, recording the settlements it gets.</summary>
internal sealed class FakeLookupBudget : ILookupBudget
{
    private long _next;

    public List<IReadOnlyList<int>> Settlements { get; } = [];

    public Task<LookupReservation?> TryReserveAsync(Principal caller, IReadOnlyList<LookupUse> uses, CancellationToken ct = default) =>
        Task.FromResult<LookupReservation?>(new LookupReservation([.. uses.Select(_ => Interlocked.Increment(ref _next))]));

    public Task SettleAsync(LookupReservation reservation, IReadOnlyList<int> missesPerUse, CancellationToken ct = default)
    {
        lock (Settlements)
        {
            Settlements.Add(missesPerUse);
        }

        return Task.CompletedTask;
    }
}
