using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// The baseline of the comparison: accepts the records and returns at once, writing nothing. Lives in the
/// harness only; the server has no setting that turns its trail off.
/// </summary>
internal sealed class NoOpAuditSink : IAuditSink
{
    public Task WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct) => Task.CompletedTask;
}
