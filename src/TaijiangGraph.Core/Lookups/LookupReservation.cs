namespace TaijiangGraph.Core.Lookups;

/// <summary>A successful reservation: the stored charge of each <see cref="LookupUse"/>, in the same order.</summary>
public sealed record LookupReservation(IReadOnlyList<long> ChargeIds);
