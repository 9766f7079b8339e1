namespace TaijiangGraph.Data.Auditing;

/// <summary>The audit writer's settings (configuration section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>This writer node's id, unique among instances sharing a database; its chain is its own.</summary>
    public string NodeId { get; set; } = Environment.MachineName.ToLowerInvariant() + "-1";

    /// <summary>How long a request waits for its records to be committed before it fails closed (503).</summary>
    public int DeadlineMilliseconds { get; set; } = 2000;

    /// <summary>Requests that may wait for the writer at once; beyond it requests fail closed at once.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Records committed in one transaction at most.</summary>
    public int MaxBatchRecords { get; set; } = 1000;
}
