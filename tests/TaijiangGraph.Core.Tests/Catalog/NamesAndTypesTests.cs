using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Tests.Catalog;

public sealed class NamesAndTypesTests
{
    [Theory]
    [InlineData("string")]
    [InlineData("int")]
    [InlineData("date")]
    [InlineData("datetime")]
    [InlineData("bool")]
    [InlineData("decimal(18,2)")]
    [InlineData("decimal(1,0)")]
    public void DataType_text_round_trips(string text) => Assert.Equal(text, DataType.Parse(text).ToString());

    [Fact]
    public void DataType_parse_gives_kind_precision_and_scale()
    {
        Assert.Equal(new DataType(DataKind.Decimal, 18, 2), DataType.Parse("decimal(18,2)"));
        Assert.Equal(DataType.Decimal(18, 2), DataType.Parse(" Decimal(18, 2) "));
        Assert.Equal(DataType.DateTime, DataType.Parse("DateTime"));
        Assert.NotEqual(DataType.Decimal(18, 2), DataType.Decimal(18, 4));
        Assert.Equal("decimal(18,2)", DataType.Decimal(18, 2).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("money")]
    [InlineData("decimal")]
    [InlineData("decimal(18)")]
    [InlineData("decimal(18,2,1)")]
    [InlineData("decimal(a,b)")]
    public void DataType_parse_rejects_unknown_text(string text) => Assert.Throws<FormatException>(() => DataType.Parse(text));

    [Theory]
    [InlineData("market_entity", "MarketEntity", "marketEntity")]
    [InlineData("market_entities", "MarketEntities", "marketEntities")]
    [InlineData("legal_rep_id", "LegalRepId", "legalRepId")]
    [InlineData("household_people", "HouseholdPeople", "householdPeople")]
    [InlineData("name", "Name", "name")]
    [InlineData("a_1", "A1", "a1")]
    public void GraphNames_pascal_and_camel(string snake, string pascal, string camel)
    {
        Assert.Equal(pascal, GraphNames.Pascal(snake));
        Assert.Equal(camel, GraphNames.Camel(snake));
    }

    [Theory]
    [InlineData("market_entity", true)]
    [InlineData("a1", true)]
    [InlineData("a_1", true)]
    [InlineData("x", true)]
    [InlineData("Market_entity", false)]
    [InlineData("market__entity", false)]
    [InlineData("market_entity_", false)]
    [InlineData("_market", false)]
    [InlineData("9lives", false)]
    [InlineData("", false)]
    public void GraphNames_api_name_is_snake_case(string name, bool valid) => Assert.Equal(valid, GraphNames.IsValidApiName(name));

    [Fact]
    public void GraphNames_api_name_is_at_most_63_characters()
    {
        Assert.True(GraphNames.IsValidApiName(new string('a', 63)));
        Assert.False(GraphNames.IsValidApiName(new string('a', 64)));
    }
}
