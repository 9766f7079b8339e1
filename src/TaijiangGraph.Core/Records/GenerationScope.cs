namespace TaijiangGraph.Core.Records;

/// <summary>
/// How many records each resource has in one generation: <see cref="Count"/> for the streamed resource (or
/// for every resource when none is named) and <see cref="ReferencedCount"/> for the others.
/// </summary>
internal readonly record struct GenerationScope(string? Streamed, int Count, int ReferencedCount)
{
    public int CountOf(string resourceApiName) => Streamed is null || Streamed == resourceApiName ? Count : ReferencedCount;
}
