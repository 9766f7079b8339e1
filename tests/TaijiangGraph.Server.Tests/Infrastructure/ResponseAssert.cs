using System.Net;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>Assertions on HTTP responses of the GraphQL service: status, JSON media type, error codes.</summary>
public static class ResponseAssert
{
    /// <summary>
    /// The response has <paramref name="status"/>, a JSON content type (never an HTML page) and a GraphQL error
    /// body whose first error carries <paramref name="code"/> (when given). Returns the reply.
    /// </summary>
    public static GraphQLReply JsonError(GraphQLReply reply, HttpStatusCode status, string? code = null)
    {
        Assert.True(status == reply.Status, $"Expected {(int)status} but got {(int)reply.Status}: {reply.Text}");
        Assert.Contains("json", reply.MediaType ?? "", StringComparison.Ordinal);
        var errors = reply.Root.GetProperty("errors");
        Assert.NotEqual(0, errors.GetArrayLength());
        Assert.False(reply.HasData, "An error response carries no data.");
        if (code is not null)
        {
            Assert.Equal(code, errors[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        return reply;
    }
}
