using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Paging;

/// <summary>
/// docs/policy.md (Paging and cursors) over HTTP: following <c>pageInfo.endCursor</c> page by page returns every record of a filtered,
/// ordered connection exactly once, in the order one big page has, and agrees with <c>totalCount</c>.
/// </summary>
public sealed class CursorWalkTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const int MaxPages = 50;

    public static TheoryData<string, string, string> Queries() =>
        new()
        {
            { "TJ-MZ", """[{ status: ASC }, { registeredCapital: DESC }]""", """{ registeredCapital: { gte: 30 } }""" },
            {
                "TJ-SCJG",
                """[{ status: ASC }, { registeredCapital: DESC }]""",
                """{ or: [{ status: { eq: "存续" } }, { street: { in: ["上海", "宁化", "洋中"] } }] }"""
            },
            { "TJ-SW", """[{ registeredCapital: ASC }, { street: DESC }]""", "{}" },
            { "TJ-JY", "[]", "{}" },
        };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Walking_every_page_with_the_end_cursor_returns_each_record_exactly_once(string department, string order, string where)
    {
        var token = server.Token("walker", department, "department");
        var all = (
            await server.QueryWithToken(
                token,
                $"{{ marketEntities(first: 100, order: {order}, where: {where}) {{ totalCount nodes {{ creditCode }} }} }}",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("marketEntities");
        var expected = Codes(all);

        var walked = new List<string>();
        string? after = null;
        var pages = 0;
        for (var hasNext = true; hasNext; pages++)
        {
            Assert.True(pages < MaxPages, "The walk does not end.");
            var page = (
                await server.QueryWithToken(
                    token,
                    $"query($after: String) "
                        + $"{{ marketEntities(first: 7, after: $after, order: {order}, where: {where}) "
                        + $"{{ totalCount nodes {{ creditCode }} pageInfo {{ hasNextPage endCursor }} }} }}",
                    new { after },
                    accept: GraphQLRequests.GraphQLResponse
                )
            )
                .DataWithoutErrors()
                .GetProperty("marketEntities");
            var codes = Codes(page);
            Assert.InRange(codes.Count, 1, 7);
            Assert.Equal(all.GetProperty("totalCount").GetInt64(), page.GetProperty("totalCount").GetInt64());
            walked.AddRange(codes);
            hasNext = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.True(expected.Count > 7, "The walk should span several pages.");
        Assert.Equal(all.GetProperty("totalCount").GetInt64(), walked.Count);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(expected, walked);
        Assert.Equal((expected.Count + 6) / 7, pages);
    }

    [Fact]
    public async Task The_cursor_of_each_edge_continues_right_after_that_edge()
    {
        var token = server.Token("walker", "TJ-MZ", "department");
        const string Order = "[{ status: DESC }, { registeredCapital: ASC }]";
        var all = (
            await server.QueryWithToken(
                token,
                $"{{ marketEntities(first: 100, order: {Order}) {{ edges {{ cursor node {{ creditCode }} }} }} }}",
                accept: GraphQLRequests.GraphQLResponse
            )
        )
            .DataWithoutErrors()
            .GetProperty("marketEntities")
            .GetProperty("edges")
            .EnumerateArray()
            .ToList();

        for (var i = 0; i < all.Count; i += 3)
        {
            var next = (
                await server.QueryWithToken(
                    token,
                    $"query($after: String) {{ marketEntities(first: 2, after: $after, order: {Order}) {{ nodes {{ creditCode }} }} }}",
                    new { after = all[i].GetProperty("cursor").GetString() },
                    accept: GraphQLRequests.GraphQLResponse
                )
            )
                .DataWithoutErrors()
                .GetProperty("marketEntities");

            Assert.Equal(all.Skip(i + 1).Take(2).Select(e => e.GetProperty("node").GetProperty("creditCode").GetString()), Codes(next));
        }
    }

    private static List<string> Codes(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("creditCode").GetString()!).ToList();
}
