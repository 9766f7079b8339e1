namespace TaijiangGraph.Core.Auditing;

/// <summary>Where a request's audit records go. Completes only when they are durably committed.</summary>
public interface IAuditSink
{
    /// <exception cref="AuditUnavailableException">The trail cannot take the records in time; the request must return no data.</exception>
    Task WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct);
}
