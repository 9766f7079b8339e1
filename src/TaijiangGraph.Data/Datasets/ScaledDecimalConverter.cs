using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Stores a decimal as a 64-bit integer scaled by 10^scale (SQLite has no exact decimal type), so values
/// stay exact, comparable and indexable. Values with more fractional digits than the scale are refused;
/// values read carry the column's scale (1.50, not 1.5), as on the providers with a native decimal type.
/// </summary>
internal sealed class ScaledDecimalConverter(int scale)
    : ValueConverter<decimal, long>(v => ToScaled(v, Factor(scale)), v => FromScaled(v, scale))
{
    private static decimal Factor(int scale) => (decimal)Math.Pow(10, scale);

    private static long ToScaled(decimal value, decimal factor)
    {
        var scaled = value * factor;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException($"The value has more fractional digits than the column's scale allows.", nameof(value));
        }

        return decimal.ToInt64(scaled);
    }

    private static decimal FromScaled(long value, int scale)
    {
        var magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, value < 0, (byte)scale);
    }
}
