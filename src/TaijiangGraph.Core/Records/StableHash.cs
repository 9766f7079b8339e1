namespace TaijiangGraph.Core.Records;

/// <summary>
/// Process-independent hashing for seeds: FNV-1a over UTF-16 code units and the SplitMix64 finaliser.
/// Unlike <see cref="string.GetHashCode()"/> the results never change between runs or machines.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Of(string text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Mix(hash);
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a ^ Mix(b + 0x9E3779B97F4A7C15UL));

    public static ulong Combine(ulong a, string b) => Combine(a, Of(b));

    /// <summary>A seed for <see cref="Random"/> from a 64-bit hash.</summary>
    public static int ToSeed(ulong hash) => (int)(hash ^ (hash >> 32)) & int.MaxValue;

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
