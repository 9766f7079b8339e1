using System.Net;
using System.Text;
using System.Text.Json;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// One GraphQL request over HTTP as a department app sends it: bearer token, <c>Accept:
/// application/graphql-response+json</c>, and a purpose (用途) in <c>extensions.purpose</c> so data reads are allowed.
/// </summary>
public static class GraphQLCall
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Purpose = "分页与目录热更新测试";

    /// <summary>The response (body buffered) and its parsed JSON body.</summary>
    public static async Task<(HttpResponseMessage Response, JsonDocument Body)> PostAsync(
        this TaijiangServerFactory server, string token, string query, object? variables = null, CancellationToken ct = default)
    {
        using var client = server.Client(token);
        return await client.PostGraphQLAsync(query, variables, ct);
    }

    /// <summary>POSTs on an existing client (which already carries its bearer token).</summary>
    public static async Task<(HttpResponseMessage Response, JsonDocument Body)> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables, extensions = new { purpose = Purpose } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        var response = await client.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return (response, JsonDocument.Parse(text));
    }

    /// <summary>Asserts a 200 response without errors and returns its <c>data</c>.</summary>
    public static JsonElement Data(this (HttpResponseMessage Response, JsonDocument Body) result)
    {
        var root = result.Body.RootElement;
        Assert.True(result.Response.StatusCode == HttpStatusCode.OK && !root.TryGetProperty("errors", out _), $"Expected data without errors, got {(int)result.Response.StatusCode}: {root}");
        return root.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of every error of the response.</summary>
    public static IReadOnlyList<string?> ErrorCodes(this JsonDocument body) =>
        body.RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList()
            : [];
}
