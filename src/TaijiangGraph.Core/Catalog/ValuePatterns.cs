using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// The regular expressions of <see cref="ValueFormat.Pattern"/> items (docs/policy.md, "Value rules"): at most
/// <see cref="MaxLength"/> characters, compiled culture-invariant and anchored so the whole value must match, and
/// evaluated with <see cref="MatchTimeout"/> so that a catastrophically backtracking pattern refuses a value
/// instead of holding a writer.
/// </summary>
public static class ValuePatterns
{
    /// <summary>The longest pattern a catalog may declare.</summary>
    public const int MaxLength = 256;

    /// <summary>How long one value may take to match before it is refused.</summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Compiled patterns by text; catalogs declare few, so the cache is cleared only when it grows past this.</summary>
    private const int MaxCached = 1024;

    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>Why <paramref name="pattern"/> cannot be declared (too long, or not a .NET regex), or null when it can.</summary>
    public static string? Error(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Length > MaxLength)
        {
            return $"A pattern has at most {MaxLength} characters; this one has {pattern.Length}.";
        }

        try
        {
            // The bare pattern must compile on its own: anchoring could otherwise balance a stray parenthesis.
            _ = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            _ = Anchored(pattern);
            return null;
        }
        catch (ArgumentException e)
        {
            return $"The pattern is not a valid regular expression: {e.Message}";
        }
    }

    /// <summary>True when the whole value matches the pattern.</summary>
    /// <exception cref="RegexMatchTimeoutException">Matching took longer than <see cref="MatchTimeout"/>.</exception>
    /// <exception cref="ArgumentException">The pattern is not valid (a validated catalog never declares one).</exception>
    public static bool IsMatch(string pattern, string value)
    {
        if (Cache.Count > MaxCached)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(pattern, Anchored).IsMatch(value);
    }

    private static Regex Anchored(string pattern) => new($@"\A(?:{pattern})\z", RegexOptions.CultureInvariant, MatchTimeout);
}
