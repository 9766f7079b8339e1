using System.Net;
using System.Text;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Http;

/// <summary>docs/errors.md (How the status is chosen): the response media type follows Accept, and so does the status of a rejected document.</summary>
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

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, ResponseAssert.MediaType(response));
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.OK)]
    public async Task An_invalid_document_is_rejected_before_execution_with_the_status_of_its_media_type(string? accept, HttpStatusCode status)
    {
        var response = await Post("{ me { user noSuchField } }", accept);

        var body = await ResponseAssert.JsonError(response, status);
        Assert.Equal(accept ?? Json, ResponseAssert.MediaType(response));
        Assert.Contains("noSuchField", body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_syntax_error_is_rejected_before_execution_with_the_status_of_its_media_type(string accept, HttpStatusCode status)
    {
        var response = await Post("{ me { user ", accept);

        await ResponseAssert.JsonError(response, status);
    }

    [Fact]
    public async Task Errors_before_the_endpoint_use_the_negotiated_json_media_type()
    {
        using var client = server.Client(null);
        using var request = Request("{ me { user } }", GraphQLResponse);

        var response = await client.SendAsync(request);

        await ResponseAssert.JsonError(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        Assert.Equal(GraphQLResponse, ResponseAssert.MediaType(response));
    }

    private async Task<HttpResponseMessage> Post(string query, string? accept)
    {
        using var client = server.Client(server.Token("u1", "TJ-MZ", "department"));
        using var request = Request(query, accept);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static HttpRequestMessage Request(string query, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }
}
