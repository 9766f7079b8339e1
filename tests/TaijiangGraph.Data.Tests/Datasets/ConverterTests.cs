using System.Globalization;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Tests.Datasets;

public sealed class ConverterTests
{
    [Theory]
    [InlineData("9999999999999999.99", 2, 999999999999999999L)]
    [InlineData("-9999999999999999.99", 2, -999999999999999999L)]
    [InlineData("0.01", 2, 1L)]
    [InlineData("-0.01", 2, -1L)]
    [InlineData("1.5", 2, 150L)]
    [InlineData("1.230", 2, 123L)]
    [InlineData("0", 2, 0L)]
    [InlineData("-9223372036854775808", 0, long.MinValue)]
    [InlineData("9223372036854775807", 0, long.MaxValue)]
    [InlineData("0.000000000000000001", 18, 1L)]
    [InlineData("-0.999999999999999999", 18, -999999999999999999L)]
    public void ScaledDecimalConverter_stores_scaled_integers_and_reads_the_items_scale_when_round_tripping(
        string text,
        int scale,
        long stored
    )
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        var converter = new ScaledDecimalConverter(scale);

        var written = converter.ConvertToProvider(value);
        var read = (decimal)converter.ConvertFromProvider(stored)!;

        Assert.Equal(stored, written);
        Assert.Equal(value, read);
        Assert.Equal(scale, read.Scale);
    }

    [Theory]
    [InlineData("1.005", 2)]
    [InlineData("0.5", 0)]
    public void ScaledDecimalConverter_refuses_when_the_value_has_more_fractional_digits_than_the_scale(string text, int scale) =>
        Assert.Throws<ArgumentException>(() =>
            new ScaledDecimalConverter(scale).ConvertToProvider(decimal.Parse(text, CultureInfo.InvariantCulture))
        );

    [Fact]
    public void UtcDateTimeConverter_writes_utc_and_marks_values_read_as_utc_when_given_any_kind()
    {
        var converter = new UtcDateTimeConverter();
        var utc = new DateTime(2026, 11, 26, 4, 5, 6, 123, 456, DateTimeKind.Utc);
        var local = utc.ToLocalTime();

        Assert.Equal(utc, converter.ConvertToProvider(utc));
        Assert.Equal(DateTimeKind.Utc, ((DateTime)converter.ConvertToProvider(local)!).Kind);
        Assert.Equal(utc.Ticks, ((DateTime)converter.ConvertToProvider(local)!).Ticks);
        var read = (DateTime)converter.ConvertFromProvider(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified))!;
        Assert.Equal((utc.Ticks, DateTimeKind.Utc), (read.Ticks, read.Kind));
    }
}
