namespace TaijiangGraph.Core.Records;

/// <summary>
/// A keyed bijection of <c>[0, domain)</c>: a four-round Feistel network over the smallest even bit width
/// that covers the domain, with cycle walking. Distinct indexes always map to distinct values.
/// </summary>
internal sealed class IndexPermutation
{
    private const int Rounds = 4;
    private readonly ulong _domain;
    private readonly ulong _key;
    private readonly int _halfBits;
    private readonly ulong _halfMask;

    public IndexPermutation(ulong domain, ulong key)
    {
        ArgumentOutOfRangeException.ThrowIfZero(domain);
        _domain = domain;
        _key = key;
        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(domain - 1);
        _halfBits = Math.Max(1, (bits + 1) / 2);
        _halfMask = (1UL << _halfBits) - 1;
    }

    public ulong Domain => _domain;

    public ulong Map(ulong index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _domain);
        var value = index;
        do
        {
            value = Encrypt(value);
        } while (value >= _domain);

        return value;
    }

    private ulong Encrypt(ulong value)
    {
        var left = value >> _halfBits;
        var right = value & _halfMask;
        for (var round = 0; round < Rounds; round++)
        {
            var f = StableHash.Mix(_key ^ ((ulong)round << 56) ^ right) & _halfMask;
            (left, right) = (right, left ^ f);
        }

        return (left << _halfBits) | right;
    }
}
