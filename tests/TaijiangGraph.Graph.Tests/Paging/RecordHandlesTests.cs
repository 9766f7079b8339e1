using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Tests.Fakes;

namespace TaijiangGraph.Graph.Tests.Paging;

/// <summary>docs/policy.md ("Record handles"): a handle shares the cursor key but is never accepted as a cursor.</summary>
public sealed class RecordHandlesTests
{
    private static readonly CatalogItem Key = new()
    {
        ApiName = "id_number",
        Name = "身份证号",
        Type = DataType.String,
        IsKey = true,
    };

    private static readonly CatalogResource Resource = new()
    {
        Code = "350103-GA-0001",
        ApiName = "household_person",
        PluralApiName = "household_people",
        Name = "户籍人口信息",
        Provider = "TJ-GA",
        Items = [Key],
    };

    [Fact]
    public void A_handle_is_never_a_cursor()
    {
        var keys = new FakeKeyRing();
        var handle = new RecordHandles(keys).Issue("TJ-JY", Resource, 7);

        Assert.Null(new CursorCodec(keys).Decode(handle, new CursorBinding("TJ-JY", 1, "Query.householdPeople", "sig"), [Key]));
    }
}
