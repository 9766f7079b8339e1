using System.Net;
using System.Text.Json;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>Assertions on HTTP responses of the GraphQL service: status, JSON media type, error codes.</summary>
public static class ResponseAssert
{
    /// <summary>
    /// The response has <paramref name="status"/>, a JSON content type (never an HTML page) and a GraphQL error
    /// body whose first error carries <paramref name="code"/> (when given). Returns the parsed body.
    /// </summary>
    public static async Task<JsonDocument> JsonError(HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Contains("json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        var body = JsonDocument.Parse(text);
        var errors = body.RootElement.GetProperty("errors");
        Assert.NotEqual(0, errors.GetArrayLength());
        Assert.False(body.RootElement.TryGetProperty("data", out _), "An error response carries no data.");
        if (code is not null)
        {
            Assert.Equal(code, errors[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        return body;
    }

    /// <summary>The media type of the response body, without parameters.</summary>
    public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
