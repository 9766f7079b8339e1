using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using TaijiangGraph.Core.Time;

namespace TaijiangGraph.Data.Governance;

/// <summary>
/// What the governance stores share for their serializable transactions and their ids (docs/workflow.md, "Storage"): an attempt
/// that lost a race is tried again, and an id is a prefix, the China-time year and 48 random bits.
/// </summary>
internal static class GovernanceStoreSupport
{
    /// <summary>How many times an attempt runs before its serialization failure is thrown.</summary>
    public const int MaxAttempts = 5;

    /// <summary>Runs <paramref name="attempt"/> (which opens and commits its own serializable transaction) until it does not lose a
    /// race, at most <see cref="MaxAttempts"/> times, waiting a little longer after each loss.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> attempt, CancellationToken ct)
    {
        for (var n = 1; ; n++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (n < MaxAttempts && IsSerializationFailure(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10 * n), ct);
            }
        }
    }

    /// <summary>A new id such as <c>SA-2026-1F2E3D4C5B6A</c>.</summary>
    public static string NewId(string prefix, DateTimeOffset now) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{prefix}-{ChinaStandardTime.DayOf(now).Year}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6))}"
        );

    /// <summary>A serializable transaction that lost a race (PostgreSQL 40001, deadlock 40P01) and may be tried again.</summary>
    private static bool IsSerializationFailure(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is DbException { SqlState: "40001" or "40P01" })
            {
                return true;
            }
        }

        return false;
    }
}
