namespace TaijiangGraph.Core.Lookups;

/// <summary>The lookup values one operation uses on one masked lookup key (<paramref name="Values"/> in request order, repeats
/// kept).</summary>
public sealed record LookupUse(string Resource, string Item, IReadOnlyList<object> Values);
