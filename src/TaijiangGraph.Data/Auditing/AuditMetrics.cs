using System.Diagnostics.Metrics;

namespace TaijiangGraph.Data.Auditing;

/// <summary>The audit writer's instruments (docs/audit.md), on the meter <see cref="MeterName"/> for OpenTelemetry and
/// <c>dotnet-counters</c>.</summary>
public static class AuditMetrics
{
    public const string MeterName = "TaijiangGraph.Audit";

    private static readonly Meter Meter = new(MeterName);

    /// <summary><c>audit.commit.latency</c> (ms): from a request handing its records to the writer until they are committed.</summary>
    internal static readonly Histogram<double> CommitLatency = Meter.CreateHistogram(
        "audit.commit.latency",
        "ms",
        "Time from a request handing its usage records to the audit writer until they are committed.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500] }
    );
}
