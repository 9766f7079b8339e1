using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Core.Tests.Versions;

/// <summary>docs/data-in.md, "Record history": a key given as text becomes the key item's stored type, and back.</summary>
public sealed class RecordKeysTests
{
    [Theory]
    [InlineData("string", "91350103MA2XYZ0001", "91350103MA2XYZ0001")]
    [InlineData("int", "-42", "-42")]
    [InlineData("decimal(18,2)", "12.50", "12.50")]
    [InlineData("date", "2026-11-26", "2026-11-26")]
    [InlineData("datetime", "2026-11-26T12:00:00+08:00", "2026-11-26T04:00:00.0000000Z")]
    [InlineData("bool", "true", "True")]
    public void A_fitting_text_becomes_the_stored_type_with_its_canonical_text(string type, string text, string canonical)
    {
        var value = RecordKeys.Parse(Key(type), text);

        Assert.NotNull(value);
        Assert.Equal(canonical, RecordKeys.Canonical(value));
    }

    [Theory]
    [InlineData("int", "4.2")]
    [InlineData("int", "x")]
    [InlineData("decimal(18,2)", "1,5")]
    [InlineData("date", "26.11.2026")]
    [InlineData("datetime", "yesterday")]
    [InlineData("bool", "yes")]
    public void A_text_that_does_not_fit_the_type_is_refused(string type, string text) => Assert.Null(RecordKeys.Parse(Key(type), text));

    [Fact]
    public void A_text_longer_than_the_stored_key_text_is_refused()
    {
        Assert.NotNull(RecordKeys.Parse(Key("string"), new string('9', RecordKeys.MaxLength)));
        Assert.Null(RecordKeys.Parse(Key("string"), new string('9', RecordKeys.MaxLength + 1)));
    }

    private static CatalogItem Key(string type) =>
        new()
        {
            ApiName = "key",
            Name = "键",
            Type = DataType.Parse(type),
            Sharing = SharingType.Unconditional,
            IsKey = true,
        };
}
