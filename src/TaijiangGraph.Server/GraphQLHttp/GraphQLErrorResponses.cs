using System.Text.Json;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>
/// Writes request-level errors as a GraphQL response body: <c>{"errors":[{"message","extensions":{"code"}}]}</c>,
/// plus <c>correlationId</c> in the extensions of an internal error.
/// </summary>
internal static class GraphQLErrorResponses
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message, string? correlationId = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = MediaTypes.ForErrors(context.Request) + "; charset=utf-8";
        var extensions = new Dictionary<string, string>(StringComparer.Ordinal) { ["code"] = code };
        if (correlationId is not null)
        {
            extensions["correlationId"] = correlationId;
        }

        var body = new { errors = new[] { new { message, extensions } } };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, GraphQLJson.ErrorOptions, context.RequestAborted);
    }
}
