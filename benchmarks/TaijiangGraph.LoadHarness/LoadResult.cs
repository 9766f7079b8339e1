using System.Globalization;

namespace TaijiangGraph.LoadHarness;

/// <summary>What one driven run saw: statuses, connection failures, the requests answered 200 and their latencies.</summary>
internal sealed record LoadResult(
    int Requested,
    int Sent,
    IReadOnlyList<int> Ok,
    IReadOnlyDictionary<int, int> OtherStatuses,
    int OkWithErrors,
    int ConnectionFailures,
    TimeSpan Elapsed,
    IReadOnlyList<double> OkLatenciesMs
)
{
    public double RequestsPerSecond => Ok.Count / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (OkLatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = OkLatenciesMs.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public string Describe()
    {
        var others =
            OtherStatuses.Count == 0 ? "none" : string.Join(",", OtherStatuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}x{kv.Value}"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"requested={Requested} sent={Sent} "
                + $"ok200={Ok.Count} "
                + $"ok200_with_errors={OkWithErrors} "
                + $"other_status={others} "
                + $"connection_failures={ConnectionFailures} "
                + $"seconds={Elapsed.TotalSeconds:F2} rps={RequestsPerSecond:F0} p50_ms={Percentile(50):F2} p99_ms={Percentile(99):F2}"
        );
    }
}
