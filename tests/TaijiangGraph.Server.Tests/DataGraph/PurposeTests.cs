using System.Net;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>Every data read states a purpose (用途) of 1 to 200 characters, in the body or the percent-encoded header; catalog reads need
/// none. The rule's details: <see cref="PurposeHygieneTests"/>.</summary>
public sealed class PurposeTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string DataQuery = "{ marketEntities(first: 1) { totalCount } }";

    [Theory]
    [InlineData(DataQuery)]
    [InlineData("""{ marketEntity(creditCode: "x") { name } }""")]
    [InlineData("{ me { user } taxPayments(first: 1) { totalCount } }")]
    public async Task A_data_read_without_a_purpose_is_rejected_before_execution(string query)
    {
        var strict = await server.Query("TJ-SW", query, purpose: null, accept: GraphQLRequests.GraphQLResponse);
        var json = await server.Query("TJ-SW", query, purpose: null, accept: "application/json");

        AssertPurposeRequired(strict, HttpStatusCode.BadRequest);
        AssertPurposeRequired(json, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_purpose_in_the_header_percent_encoded_as_utf8_is_accepted()
    {
        var headers = new Dictionary<string, string> { ["X-Data-Purpose"] = "%E6%B5%8B%E8%AF%95" }; // 测试
        var reply = await server.Send("TJ-SW", GraphQLRequests.Body(DataQuery, purpose: null), GraphQLRequests.GraphQLResponse, headers);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Errors);
        Assert.True(reply.Data.GetProperty("marketEntities").GetProperty("totalCount").GetInt32() > 0);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public async Task A_purpose_may_have_at_most_200_characters(int length, bool accepted)
    {
        var reply = await server.Query("TJ-SW", DataQuery, purpose: new string('核', length), accept: GraphQLRequests.GraphQLResponse);

        if (accepted)
        {
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Empty(reply.Errors);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.False(reply.HasData);
            Assert.Equal("INVALID_PURPOSE", GraphQLReply.Extension(Assert.Single(reply.Errors), "code"));
        }
    }

    [Fact]
    public async Task A_blank_purpose_is_no_purpose()
    {
        var reply = await server.Query("TJ-SW", DataQuery, purpose: "   ", accept: GraphQLRequests.GraphQLResponse);

        AssertPurposeRequired(reply, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_catalog_query_needs_no_purpose()
    {
        var reply = await server.Query(
            "TJ-SW",
            "{ me { department { code } } " + "resources " + "{ code } }",
            purpose: null,
            accept: GraphQLRequests.GraphQLResponse
        );

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Errors);
        Assert.Equal(5, reply.Data.GetProperty("resources").GetArrayLength());
    }

    private static void AssertPurposeRequired(GraphQLReply reply, HttpStatusCode status)
    {
        Assert.True(status == reply.Status, $"Expected {(int)status}, got {(int)reply.Status}: {reply.Text}");
        Assert.False(reply.HasData);
        Assert.Equal("PURPOSE_REQUIRED", GraphQLReply.Extension(Assert.Single(reply.Errors), "code"));
    }
}
