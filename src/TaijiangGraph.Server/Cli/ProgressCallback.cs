namespace TaijiangGraph.Server.Cli;

/// <summary>An <see cref="IProgress{T}"/> that calls its action on the reporting thread (no synchronization context hop).</summary>
internal sealed class ProgressCallback(Action<long> report) : IProgress<long>
{
    public void Report(long value) => report(value);
}
