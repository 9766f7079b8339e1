using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>Fits decimals to an item's <c>decimal(p,s)</c>: rounded to exactly s places and within ±(10^(p−s) − 10^−s).</summary>
internal static class DecimalValues
{
    public static decimal Fit(decimal value, DataType type)
    {
        var scale = Math.Clamp(type.Scale, 0, 28);
        var max = Pow10(Math.Max(0, type.Precision - scale)) - Unit(scale);
        var rounded = Math.Clamp(Math.Round(value, scale, MidpointRounding.AwayFromZero), -max, max);
        return rounded.Scale < scale ? rounded * OneWithScale(scale - rounded.Scale) : rounded;
    }

    /// <summary>10^digits as a whole decimal (digits ≤ 28).</summary>
    public static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>The smallest step with the given scale, e.g. 0.01 for scale 2.</summary>
    public static decimal Unit(int scale) => new(1, 0, 0, false, (byte)scale);

    /// <summary>The number one written with the given scale (1.00 for 2): multiplying by it adds trailing zeros.</summary>
    private static decimal OneWithScale(int scale)
    {
        var units = Pow10(scale);
        var bits = decimal.GetBits(units);
        return new decimal(bits[0], bits[1], bits[2], false, (byte)scale);
    }
}
