using System.Net;
using System.Text;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Http;

/// <summary>docs/errors.md (How the status is chosen): GraphQL over HTTP — bodies, methods, batches and paths; every error is a JSON body.</summary>
public sealed class HttpTransportTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private string Token => server.Token("u1", "TJ-MZ", "department");

    [Fact]
    public async Task Malformed_json_is_rejected_with_400()
    {
        var response = await Post("""{"query": "{ me { user } }" """, "application/json");

        await ResponseAssert.JsonError(response, HttpStatusCode.BadRequest, "MALFORMED_JSON");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/plain")]
    public async Task A_body_that_is_not_json_is_rejected_with_415(string contentType)
    {
        var response = await Post("""{"query":"{ me { user } }"}""", contentType);

        await ResponseAssert.JsonError(response, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query": ["{ me { user } }"]}""")]
    [InlineData("""{"variables": {}}""")]
    public async Task A_query_that_is_not_a_string_is_rejected_with_400(string json)
    {
        var response = await Post(json, "application/json");

        await ResponseAssert.JsonError(response, HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task Variables_given_as_a_string_are_rejected_with_400()
    {
        var response = await Post("""{"query":"{ me { user } }","variables":"{}"}""", "application/json");

        await ResponseAssert.JsonError(response, HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task A_mutation_sent_with_get_is_rejected_with_405()
    {
        using var client = server.Client(Token);

        var response = await client.GetAsync(Uri("/graphql?query=" + System.Uri.EscapeDataString("mutation{x}")));

        await ResponseAssert.JsonError(response, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_query_sent_with_get_is_executed()
    {
        using var client = server.Client(Token);

        var response = await client.GetAsync(Uri("/graphql?query=" + System.Uri.EscapeDataString("{ me { user department { code } } }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("TJ-MZ", body.RootElement.GetProperty("data").GetProperty("me").GetProperty("department").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_batch_of_two_queries_returns_an_array_of_two_results()
    {
        var response = await Post("""[{"query":"{ me { user } }"},{"query":"{ departments { code } }"}]""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, body.RootElement.ValueKind);
        Assert.Equal(2, body.RootElement.GetArrayLength());
        Assert.Equal("u1", body.RootElement[0].GetProperty("data").GetProperty("me").GetProperty("user").GetString());
        Assert.Equal(8, body.RootElement[1].GetProperty("data").GetProperty("departments").GetArrayLength());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_on_the_graphql_path_get_405_with_a_json_body(string method)
    {
        using var client = server.Client(Token);
        using var request = new HttpRequestMessage(new HttpMethod(method), Uri("/graphql"))
        {
            Content = new StringContent("""{"query":"{ me { user } }"}""", Encoding.UTF8, "application/json"),
        };

        await ResponseAssert.JsonError(await client.SendAsync(request), HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_unknown_path_gets_404_with_a_json_body(bool authenticated)
    {
        using var client = server.Client(authenticated ? Token : null);

        var response = await client.GetAsync(Uri("/no-such-page"));

        await ResponseAssert.JsonError(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Health_answers_200_without_a_token()
    {
        using var client = server.Client(null);

        var response = await client.GetAsync(Uri("/health"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> Post(string body, string contentType)
    {
        using var client = server.Client(Token);
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        var response = await client.PostAsync(Uri("/graphql"), content);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static Uri Uri(string relative) => new(relative, UriKind.Relative);
}
