using System.Net;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Http;

/// <summary>docs/errors.md (How the status is chosen): the response media type follows Accept, and so does the status of a rejected
/// document.</summary>
public sealed class ContentNegotiationTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(null, Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    public async Task The_response_media_type_follows_the_accept_header(string? accept, string expected)
    {
        var response = await Post("{ me { user } }", accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.OK)]
    public async Task An_invalid_document_is_rejected_before_execution_with_the_status_of_its_media_type(
        string? accept,
        HttpStatusCode status
    )
    {
        var response = await Post("{ me { user noSuchField } }", accept);

        var body = ResponseAssert.JsonError(response, status);
        Assert.Equal(accept ?? Json, response.MediaType);
        Assert.Contains("noSuchField", body.Root.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_syntax_error_is_rejected_before_execution_with_the_status_of_its_media_type(string accept, HttpStatusCode status)
    {
        var response = await Post("{ me { user ", accept);

        ResponseAssert.JsonError(response, status);
    }

    [Fact]
    public async Task Errors_before_the_endpoint_use_the_negotiated_json_media_type()
    {
        var response = await server.SendWithToken(null, Body("{ me { user } }"), GraphQLResponse);

        ResponseAssert.JsonError(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        Assert.Equal(GraphQLResponse, response.MediaType);
    }

    private Task<GraphQLReply> Post(string query, string? accept) =>
        server.SendWithToken(server.Token("u1", "TJ-MZ", "department"), Body(query), accept);

    private static string Body(string query) => GraphQLRequests.Body(query, purpose: null);
}
