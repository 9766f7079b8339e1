using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Http;

/// <summary>docs/errors.md (How the status is chosen): GraphQL over HTTP — bodies, methods, batches and paths; every error is a JSON
/// body.</summary>
public sealed class HttpTransportTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private string Token => server.Token("u1", "TJ-MZ", "department");

    [Fact]
    public async Task Malformed_json_is_rejected_with_400()
    {
        var response = await Post("""{"query": "{ me { user } }" """, "application/json");

        ResponseAssert.JsonError(response, HttpStatusCode.BadRequest, "MALFORMED_JSON");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/plain")]
    public async Task A_body_that_is_not_json_is_rejected_with_415(string contentType)
    {
        var response = await Post("""{"query":"{ me { user } }"}""", contentType);

        ResponseAssert.JsonError(response, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query": ["{ me { user } }"]}""")]
    [InlineData("""{"variables": {}}""")]
    public async Task A_query_that_is_not_a_string_is_rejected_with_400(string json)
    {
        var response = await Post(json, "application/json");

        ResponseAssert.JsonError(response, HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task Variables_given_as_a_string_are_rejected_with_400()
    {
        var response = await Post("""{"query":"{ me { user } }","variables":"{}"}""", "application/json");

        ResponseAssert.JsonError(response, HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task A_mutation_sent_with_get_is_rejected_with_405()
    {
        var response = await server.GetWithToken(Token, GraphQLRequests.QueryString("mutation{x}", purpose: null));

        ResponseAssert.JsonError(response, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        Assert.Contains("POST", response.Header("Allow").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)));
    }

    [Fact]
    public async Task A_query_sent_with_get_is_executed()
    {
        var response = await server.GetWithToken(Token, GraphQLRequests.QueryString("{ me { user department { code } } }", purpose: null));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(
            "TJ-MZ",
            response.Root.GetProperty("data").GetProperty("me").GetProperty("department").GetProperty("code").GetString()
        );
    }

    [Fact]
    public async Task A_batch_of_two_queries_returns_an_array_of_two_results()
    {
        var response = await Post("""[{"query":"{ me { user } }"},{"query":"{ departments { code } }"}]""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Array, response.Root.ValueKind);
        Assert.Equal(2, response.Root.GetArrayLength());
        Assert.Equal("u1", response.Root[0].GetProperty("data").GetProperty("me").GetProperty("user").GetString());
        Assert.Equal(8, response.Root[1].GetProperty("data").GetProperty("departments").GetArrayLength());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_on_the_graphql_path_get_405_with_a_json_body(string method)
    {
        var response = await server.SendHttp(new HttpMethod(method), "/graphql", Token, """{"query":"{ me { user } }"}""");

        ResponseAssert.JsonError(response, HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_unknown_path_gets_404_with_a_json_body(bool authenticated)
    {
        var response = await server.SendHttp(HttpMethod.Get, "/no-such-page", authenticated ? Token : null);

        ResponseAssert.JsonError(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Health_answers_200_without_a_token()
    {
        var response = await server.SendHttp(HttpMethod.Get, "/health", token: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Healthy", response.Text);
    }

    private Task<GraphQLReply> Post(string body, string contentType) => server.SendWithToken(Token, body, mediaType: contentType);
}
