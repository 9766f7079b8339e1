using TaijiangGraph.Data.Auditing;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>The audit writer's commit-latency histogram: percentiles from known samples, exact below 32 µs and at most 1/16
/// above the true value beyond.</summary>
public sealed class CommitLatencyHistogramTests
{
    [Fact]
    public void An_empty_histogram_reports_zero()
    {
        var histogram = new CommitLatencyHistogram();

        Assert.Equal(
            (0L, 0.0, 0.0, 0.0),
            (histogram.Count, histogram.PercentileMilliseconds(50), histogram.PercentileMilliseconds(99), histogram.MaxMilliseconds)
        );
    }

    [Fact]
    public void Values_below_32_microseconds_are_kept_exactly()
    {
        var histogram = new CommitLatencyHistogram();
        foreach (var us in Enumerable.Range(1, 20).Reverse())
        {
            histogram.RecordMicroseconds(us);
        }

        Assert.Equal(20, histogram.Count);
        Assert.Equal(0.010, histogram.PercentileMilliseconds(50), 9);
        Assert.Equal(0.018, histogram.PercentileMilliseconds(90), 9);
        Assert.Equal(0.020, histogram.PercentileMilliseconds(99), 9);
        Assert.Equal(0.001, histogram.PercentileMilliseconds(0), 9);
        Assert.Equal(0.020, histogram.MaxMilliseconds, 9);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(90)]
    [InlineData(99)]
    [InlineData(99.9)]
    public void Larger_values_are_reported_at_most_a_sixteenth_above_the_true_percentile(double percent)
    {
        var histogram = new CommitLatencyHistogram();
        for (var us = 1; us <= 10_000; us++)
        {
            histogram.Record(TimeSpan.FromMicroseconds(us));
        }

        var exact = Math.Ceiling(percent / 100 * 10_000) / 1000; // ms
        var reported = histogram.PercentileMilliseconds(percent);

        Assert.InRange(reported, exact, exact * 17 / 16);
        Assert.Equal(10.0, histogram.PercentileMilliseconds(100), 9);
        Assert.Equal(10.0, histogram.MaxMilliseconds, 9);
    }

    [Fact]
    public void One_slow_commit_among_a_thousand_shows_in_the_max_and_not_in_the_p99()
    {
        var histogram = new CommitLatencyHistogram();
        for (var i = 0; i < 999; i++)
        {
            histogram.Record(TimeSpan.FromMilliseconds(0.5));
        }

        histogram.Record(TimeSpan.FromSeconds(2));

        Assert.InRange(histogram.PercentileMilliseconds(99), 0.5, 0.5 * 17 / 16);
        Assert.Equal(2000.0, histogram.PercentileMilliseconds(100), 9);
        Assert.Equal(2000.0, histogram.MaxMilliseconds, 9);
        Assert.Equal(1000, histogram.Count);
    }

    [Fact]
    public void Negative_and_huge_values_are_clamped_and_counted()
    {
        var histogram = new CommitLatencyHistogram();
        histogram.RecordMicroseconds(-5);
        histogram.RecordMicroseconds(long.MaxValue);

        Assert.Equal(2, histogram.Count);
        Assert.Equal(0.0, histogram.PercentileMilliseconds(50));
        Assert.Equal(((1L << 40) - 1) / 1000.0, histogram.MaxMilliseconds, 6);
        Assert.Equal(histogram.MaxMilliseconds, histogram.PercentileMilliseconds(100));
    }

    [Fact]
    public void Concurrent_recorders_lose_no_value()
    {
        var histogram = new CommitLatencyHistogram();

        Parallel.For(0, 4, t =>
        {
            for (var i = 1; i <= 10_000; i++)
            {
                histogram.RecordMicroseconds(i * (t + 1));
            }
        });

        Assert.Equal(40_000, histogram.Count);
        Assert.Equal(40.0, histogram.MaxMilliseconds, 9);
        Assert.Equal(40.0, histogram.PercentileMilliseconds(100), 9);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void A_percent_outside_0_to_100_is_refused(double percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommitLatencyHistogram().PercentileMilliseconds(percent));
}
