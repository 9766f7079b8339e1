using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Tests.Fakes;

namespace TaijiangGraph.Graph.Tests.Paging;

public sealed class CursorCodecTests
{
    private static readonly CatalogItem Capital = new()
    {
        ApiName = "registered_capital",
        Name = "注册资本",
        Type = DataType.Decimal(18, 2),
    };
    private static readonly CatalogItem Founded = new()
    {
        ApiName = "established_on",
        Name = "成立日期",
        Type = DataType.Date,
    };
    private static readonly CursorBinding Binding = new("TJ-SW", 1, "Query.marketEntities", "sig");

    private readonly CursorCodec _codec = new(new FakeKeyRing());

    [Fact]
    public void A_cursor_round_trips_typed_values_under_its_binding()
    {
        var position = new KeysetPosition([123.45m, null], 42);
        var cursor = _codec.Encode(Binding, position);

        var decoded = _codec.Decode(cursor, Binding, [Capital, Founded]);

        Assert.NotNull(decoded);
        Assert.Equal(42, decoded.RowId);
        Assert.Equal(123.45m, decoded.Values[0]);
        Assert.Null(decoded.Values[1]);
    }

    [Fact]
    public void A_cursor_is_encrypted_not_just_signed()
    {
        var cursor = _codec.Encode(Binding, new KeysetPosition([98765.43m], 777));

        Assert.DoesNotContain("98765", cursor, StringComparison.Ordinal);
        Assert.DoesNotContain("777", cursor[(cursor.LastIndexOf('.') + 1)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TJ-MZ", 1, "Query.marketEntities", "sig")] // another department
    [InlineData("TJ-SW", 2, "Query.marketEntities", "sig")] // another schema version
    [InlineData("TJ-SW", 1, "Query.householdPeople", "sig")] // another field
    [InlineData("TJ-SW", 1, "Query.marketEntities", "other")] // another filter or order
    public void A_cursor_is_invalid_under_any_other_binding(string dept, int version, string field, string signature)
    {
        var cursor = _codec.Encode(Binding, new KeysetPosition([1m], 1));

        Assert.Null(_codec.Decode(cursor, new CursorBinding(dept, version, field, signature), [Capital]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("cursor-encryption-x.AAAA")]
    public void Garbage_is_invalid(string cursor) => Assert.Null(_codec.Decode(cursor, Binding, [Capital]));

    [Fact]
    public void A_tampered_cursor_is_invalid()
    {
        var cursor = _codec.Encode(Binding, new KeysetPosition([1m], 1));
        var chars = cursor.ToCharArray();
        var i = cursor.Length - 3;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';

        Assert.Null(_codec.Decode(new string(chars), Binding, [Capital]));
    }

    [Fact]
    public void Two_cursors_for_the_same_position_differ() // random nonce: cursors reveal no equality
    {
        var position = new KeysetPosition([1m], 1);

        Assert.NotEqual(_codec.Encode(Binding, position), _codec.Encode(Binding, position));
    }
}
