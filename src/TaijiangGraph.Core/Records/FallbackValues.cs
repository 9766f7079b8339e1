using System.Globalization;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>Plausible values by data type for items the sample world does not know, e.g. <c>permit_no-004711</c>.</summary>
internal static class FallbackValues
{
    private static readonly DateOnly FirstDate = new(2000, 1, 1);
    private static readonly DateTime FirstInstant = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly long InstantRangeSeconds = (long)
        (new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) - FirstInstant).TotalSeconds;

    public static object Value(Random rng, CatalogItem item) =>
        item.Type.Kind switch
        {
            DataKind.String => string.Create(CultureInfo.InvariantCulture, $"{item.ApiName}-{rng.Next(1, 1_000_000):D6}"),
            DataKind.Int => rng.Next(0, 10_000),
            DataKind.Decimal => Decimal(rng, item.Type),
            DataKind.Date => SampleValues.DateBetween(rng, FirstDate, SampleValues.AsOf),
            DataKind.DateTime => FirstInstant.AddSeconds(rng.NextInt64(InstantRangeSeconds)),
            DataKind.Bool => rng.Next(2) == 1,
            _ => throw new InvalidOperationException($"No values for data kind {item.Type.Kind}."),
        };

    /// <summary>A value within the precision, at most a million, with every decimal place used.</summary>
    private static decimal Decimal(Random rng, DataType type)
    {
        var whole = Math.Min(DecimalValues.Pow10(Math.Max(0, type.Precision - type.Scale)), 1_000_000m);
        var units = (long)(whole * DecimalValues.Pow10(type.Scale));
        return DecimalValues.Fit(rng.NextInt64(units) * DecimalValues.Unit(type.Scale), type);
    }
}
