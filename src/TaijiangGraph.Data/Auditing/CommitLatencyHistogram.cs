using System.Numerics;

namespace TaijiangGraph.Data.Auditing;

/// <summary>
/// A lock-free histogram of latencies in whole microseconds with log-linear buckets: exact below 32 µs, then 16 buckets per
/// power of two, so a percentile is reported at most 1/16 above the true value (the top of its bucket, never above the largest
/// value recorded). Values from 0 to about 12 days are kept; larger ones count as that. Recording is a few interlocked
/// increments; reading walks 600 counters.
/// </summary>
internal sealed class CommitLatencyHistogram
{
    private const int SubBits = 4;
    private const int Sub = 1 << SubBits;
    private const int MaxExponent = 40;
    private const long MaxMicroseconds = (1L << MaxExponent) - 1;
    private readonly long[] _counts = new long[Index(MaxMicroseconds) + 1];
    private long _count;
    private long _max;

    /// <summary>Values recorded so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>The largest value recorded, in milliseconds (0 when none).</summary>
    public double MaxMilliseconds => Interlocked.Read(ref _max) / 1000.0;

    public void Record(TimeSpan latency) => RecordMicroseconds((long)latency.TotalMicroseconds);

    public void RecordMicroseconds(long microseconds)
    {
        var value = Math.Clamp(microseconds, 0, MaxMicroseconds);
        Interlocked.Increment(ref _counts[Index(value)]);
        Interlocked.Increment(ref _count);
        var max = Interlocked.Read(ref _max);
        while (value > max)
        {
            var seen = Interlocked.CompareExchange(ref _max, value, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>The value at or below which <paramref name="percent"/> % of the recorded values lie, in milliseconds (0 when
    /// none was recorded).</summary>
    public double PercentileMilliseconds(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var counts = new long[_counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Interlocked.Read(ref _counts[i]);
        }

        var total = counts.Sum();
        if (total == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(percent / 100 * total));
        var seen = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return Math.Min(HighestOf(i), Interlocked.Read(ref _max)) / 1000.0;
            }
        }

        return MaxMilliseconds;
    }

    private static int Index(long value)
    {
        if (value < 2 * Sub)
        {
            return (int)value;
        }

        var shift = 63 - BitOperations.LeadingZeroCount((ulong)value) - SubBits;
        return 2 * Sub + (shift - 1) * Sub + (int)(value >> shift) - Sub;
    }

    private static long HighestOf(int index)
    {
        if (index < 2 * Sub)
        {
            return index;
        }

        var shift = (index - 2 * Sub) / Sub + 1;
        var top = (index - 2 * Sub) % Sub + Sub;
        return ((top + 1L) << shift) - 1;
    }
}
