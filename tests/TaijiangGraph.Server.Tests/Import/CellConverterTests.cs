using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Server.Import;

namespace TaijiangGraph.Server.Tests.Import;

/// <summary>docs/import.md, "Cell values": text to typed values; refusals never echo the cell.</summary>
public sealed class CellConverterTests
{
    public static TheoryData<string, string, object> Accepted =>
        new()
        {
            { "int", " -42 ", -42 },
            { "decimal(18,2)", "1234.5", 1234.5m },
            { "decimal(18,2)", "1.25E2", 125m },
            { "date", "2024/3/5", new DateOnly(2024, 3, 5) },
            { "date", "2024-03-05", new DateOnly(2024, 3, 5) },
            { "datetime", "2024-03-05 08:30", new DateTime(2024, 3, 5, 8, 30, 0, DateTimeKind.Utc) },
            { "datetime", "2024-03-05T08:30:15.123456Z", new DateTime(2024, 3, 5, 8, 30, 15, DateTimeKind.Utc).AddTicks(1_234_560) },
            { "datetime", "2024-03-05T16:30:15+08:00", new DateTime(2024, 3, 5, 8, 30, 15, DateTimeKind.Utc) },
            { "datetime", "2024-03-05", new DateTime(2024, 3, 5, 0, 0, 0, DateTimeKind.Utc) },
            { "bool", "是", true },
            { "bool", "FALSE", false },
            { "bool", "1", true },
            { "string", " 原样 ", " 原样 " },
        };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepted_forms_give_the_stored_value(string type, string text, object expected)
    {
        var (value, error) = CellConverter.Convert(DataType.Parse(type), text, TimeSpan.Zero);

        Assert.Null(error);
        Assert.Equal(expected, value);
        if (value is DateTime t)
        {
            Assert.Equal(DateTimeKind.Utc, t.Kind);
        }
    }

    [Theory]
    [InlineData("int", "1,234")]
    [InlineData("int", "9999999999")]
    [InlineData("decimal(5,2)", "1234.5")]
    [InlineData("decimal(18,2)", "1.234")]
    [InlineData("decimal(18,2)", "12abc")]
    [InlineData("date", "05/03/2024")]
    [InlineData("date", "2024-02-30")]
    [InlineData("datetime", "2024-03-05 25:00")]
    [InlineData("datetime", "2024-03-05T08:30:15.1234567Z")]
    [InlineData("bool", "yes-ish")]
    public void Refused_forms_give_a_reason_without_the_cell_text(string type, string text)
    {
        var (value, error) = CellConverter.Convert(DataType.Parse(type), text, TimeSpan.Zero);

        Assert.Null(value);
        Assert.NotNull(error);
        Assert.DoesNotContain(text, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("string", "")]
    [InlineData("string", null)]
    [InlineData("int", "   ")]
    [InlineData("date", "")]
    public void An_empty_cell_is_null(string type, string? text) =>
        Assert.Equal((null, null), CellConverter.Convert(DataType.Parse(type), text, TimeSpan.Zero));

    [Fact]
    public void A_date_time_without_zone_takes_the_configured_offset()
    {
        var (value, _) = CellConverter.Convert(DataType.DateTime, "2024-03-05 08:30", TimeSpan.FromHours(8));

        Assert.Equal(new DateTime(2024, 3, 5, 0, 30, 0, DateTimeKind.Utc), value);
    }
}
