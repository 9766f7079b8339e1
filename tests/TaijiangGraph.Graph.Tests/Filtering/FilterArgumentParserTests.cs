using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Filtering;

namespace TaijiangGraph.Graph.Tests.Filtering;

public sealed class FilterArgumentParserTests
{
    private static readonly CatalogResource Resource = new()
    {
        Code = "T",
        ApiName = "thing",
        PluralApiName = "things",
        Name = "测试",
        Provider = "P",
        Items =
        [
            new CatalogItem
            {
                ApiName = "id",
                Name = "编号",
                Type = DataType.String,
                IsKey = true,
            },
            new CatalogItem
            {
                ApiName = "amount",
                Name = "金额",
                Type = DataType.Decimal(18, 2),
            },
            new CatalogItem
            {
                ApiName = "secret",
                Name = "密",
                Type = DataType.String,
                Sharing = SharingType.Classified,
            },
        ],
    };

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void Items_and_nested_and_or_become_a_filter_tree()
    {
        var where = Map(
            ("amount", Map(("gt", 1.5m))),
            ("or", new List<object?> { Map(("id", Map(("eq", "a")))), Map(("id", Map(("in", new List<object?> { "b", "c" })))) })
        );

        var filter = FilterArgumentParser.Parse(Resource, where);

        var and = Assert.IsType<AndFilter>(filter);
        Assert.Equal(new ItemCondition("amount", FilterOperator.Gt, 1.5m), and.Operands[0]);
        var or = Assert.IsType<OrFilter>(and.Operands[1]);
        Assert.Equal(2, or.Operands.Count);
        Assert.Equal(4, filter!.Conditions().Sum(c => c.ValueCount)); // gt 1.5, eq a, in [b, c]
    }

    [Fact]
    public void A_decimal_finer_than_the_items_scale_is_refused() =>
        Assert.Throws<ArgumentException>(() => FilterArgumentParser.Parse(Resource, Map(("amount", Map(("gt", 1.505m))))));

    [Fact]
    public void A_classified_item_is_as_unknown_as_a_made_up_one()
    {
        var classified = Assert.Throws<ArgumentException>(() => FilterArgumentParser.Parse(Resource, Map(("secret", Map(("eq", "x"))))));
        var madeUp = Assert.Throws<ArgumentException>(() => FilterArgumentParser.Parse(Resource, Map(("secrex", Map(("eq", "x"))))));

        Assert.Equal(madeUp.Message.Replace("secrex", "secret", StringComparison.Ordinal), classified.Message);
    }
}
