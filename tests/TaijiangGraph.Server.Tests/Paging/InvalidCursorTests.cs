using System.Net;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Paging;

/// <summary>
/// docs/policy.md (Paging and cursors): a cursor is bound to the caller's department, the field, the order and the filter, and
/// cannot be forged or altered. Anything else is rejected before execution with <c>INVALID_CURSOR</c>
/// (400 with <c>application/graphql-response+json</c>, no data).
/// </summary>
public sealed class InvalidCursorTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string Minter = "TJ-MZ";
    private const string Order = "[{ status: ASC }, { registeredCapital: DESC }]";
    private const string Where = "{ registeredCapital: { gte: 30 } }";

    private static readonly string Issued = Connection(Order, Where);

    public static TheoryData<string, string, string> OtherBindings() =>
        new()
        {
            { "another department", "TJ-SW", Issued },
            { "another department that reads more", "TJ-SCJG", Issued },
            { "another order", Minter, Connection("[{ status: DESC }, { registeredCapital: DESC }]", Where) },
            { "the same keys in another sequence", Minter, Connection("[{ registeredCapital: DESC }, { status: ASC }]", Where) },
            { "no order", Minter, Connection("[]", Where) },
            { "another filter", Minter, Connection(Order, "{ registeredCapital: { gte: 31 } }") },
            { "another operator", Minter, Connection(Order, "{ registeredCapital: { gt: 30 } }") },
            { "no filter", Minter, Connection(Order, "{}") },
            { "another resource", Minter, "query($after: String) { householdPeople(first: 7, after: $after) { nodes { gender } } }" },
            {
                "the reverse connection of the same resource's records",
                Minter,
                "query($after: String) { marketEntities(first: 2) "
                    + "{ nodes { taxPayments(first: 5, after: $after) { nodes { taxType } } } } }"
            },
        };

    [Fact]
    public async Task The_cursor_works_for_the_query_and_caller_that_received_it()
    {
        var cursor = await MintAsync();

        var page = (await PostAsync(Minter, Issued, cursor)).DataWithoutErrors().GetProperty("marketEntities");

        Assert.NotEqual(0, page.GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(OtherBindings))]
    public async Task A_cursor_used_under_another_binding_is_rejected_before_execution(string binding, string department, string query)
    {
        var cursor = await MintAsync();

        var result = await PostAsync(department, query, cursor);

        AssertInvalidCursor(result, binding);
    }

    [Fact]
    public async Task A_cursor_of_a_reverse_connection_is_rejected_by_the_top_level_connection()
    {
        const string Reverse =
            "query($after: String) { "
            + "marketEntities(first: 20) "
            + "{ nodes { "
            + "taxPayments(first: "
            + "1, after: "
            + "$after) { "
            + "pageInfo { endCursor } } } } }";
        var nodes = (await PostAsync(Minter, Reverse, null))
            .DataWithoutErrors()
            .GetProperty("marketEntities")
            .GetProperty("nodes")
            .EnumerateArray();
        var cursor = nodes
            .Select(n => n.GetProperty("taxPayments").GetProperty("pageInfo").GetProperty("endCursor").GetString())
            .First(c => c is not null);

        var result = await PostAsync(
            Minter,
            "query($after: String) { " + "taxPayments(first: 5, " + "after: $after) " + "{ nodes { " + "taxType } } }",
            cursor
        );

        AssertInvalidCursor(result, "taxPayments cursor given to the top-level connection");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(40)]
    [InlineData(-10)]
    public async Task A_cursor_with_one_character_flipped_is_rejected(int offset)
    {
        var cursor = await MintAsync();
        var data = cursor.LastIndexOf('.') + 1;
        var at = offset >= 0 ? data + offset : cursor.Length + offset;

        var tampered = cursor[..at] + (cursor[at] == 'A' ? 'B' : 'A') + cursor[(at + 1)..];
        var result = await PostAsync(Minter, Issued, tampered);

        Assert.NotEqual(cursor, tampered);
        AssertInvalidCursor(result, $"flipped at {at}");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("garbage")]
    [InlineData("cursor-encryption-19700101-00000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Y3Vyc29y")]
    [InlineData("..")]
    [InlineData("{\"K\":[],\"R\":1}")]
    public async Task A_made_up_cursor_is_rejected(string cursor)
    {
        var result = await PostAsync(Minter, Issued, cursor);

        AssertInvalidCursor(result, $"'{cursor}'");
    }

    [Fact]
    public async Task A_cursor_cut_short_or_given_as_a_literal_is_rejected()
    {
        var cursor = await MintAsync();

        var truncated = await PostAsync(Minter, Issued, cursor[..^4]);
        var literal = await PostAsync(
            "TJ-SW",
            $"{{ marketEntities(first: 7, after: \"{cursor}\", order: {Order}, where: {Where}) {{ nodes {{ creditCode }} }} }}",
            null
        );

        AssertInvalidCursor(truncated, "truncated");
        AssertInvalidCursor(literal, "literal of another department");
    }

    private static string Connection(string order, string where) =>
        $"query($after: String) "
        + $"{{ marketEntities(first: 7, after: $after, order: {order}, where: {where}) "
        + $"{{ nodes {{ creditCode }} pageInfo {{ endCursor }} }} }}";

    private async Task<string> MintAsync()
    {
        var page = (await PostAsync(Minter, Issued, null)).DataWithoutErrors().GetProperty("marketEntities");
        return page.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
    }

    private Task<GraphQLReply> PostAsync(string department, string query, string? after) =>
        server.QueryWithToken(
            server.Token("u-" + department, department, "department"),
            query,
            new { after },
            accept: GraphQLRequests.GraphQLResponse
        );

    private static void AssertInvalidCursor(GraphQLReply response, string because)
    {
        var body = ResponseAssert.JsonError(response, HttpStatusCode.BadRequest, "INVALID_CURSOR");
        Assert.True(GraphQLRequests.GraphQLResponse == response.MediaType, because);
        Assert.All(body.ErrorCodes, code => Assert.Equal("INVALID_CURSOR", code));
    }
}
