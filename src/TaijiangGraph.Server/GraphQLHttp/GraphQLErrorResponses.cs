using System.Text.Json;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>Writes request-level errors as a GraphQL response body: <c>{"errors":[{"message","extensions":{"code"}}]}</c>.</summary>
public static class GraphQLErrorResponses
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = MediaTypes.ForErrors(context.Request) + "; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, GraphQLJson.ErrorOptions, context.RequestAborted);
    }
}
