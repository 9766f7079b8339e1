namespace TaijiangGraph.Graph.Requests;

/// <summary>
/// Limits counted across one HTTP request, including every operation of a batch: lookup values used by
/// callers who read a lookup key masked (at most <see cref="MaxLookupValues"/>).
/// </summary>
public sealed class RequestBudget(int maxLookupValues = 20)
{
    private int _lookups;

    public int MaxLookupValues { get; } = maxLookupValues;

    public int LookupValues => Volatile.Read(ref _lookups);

    /// <summary>Adds lookup values; false once the total exceeds the limit.</summary>
    public bool TryUseLookups(int count) => Interlocked.Add(ref _lookups, count) <= MaxLookupValues;
}
