using Microsoft.Net.Http.Headers;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>Response media type negotiation per the GraphQL-over-HTTP specification.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// <c>application/graphql-response+json</c> when the client accepts it; <c>application/json</c> when Accept is
    /// missing, <c>*/*</c>, <c>application/*</c> or names it; null when nothing acceptable is offered (406).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var values))
        {
            return Json;
        }

        var acceptable = values.Where(v => v.Quality is not 0).OrderByDescending(v => v.Quality ?? 1).ToList();
        foreach (var value in acceptable)
        {
            var type = value.MediaType.Value?.ToLowerInvariant();
            if (type == GraphQLResponse)
            {
                return GraphQLResponse;
            }

            if (type is Json or "*/*" or "application/*")
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>
    /// The status of a GraphQL request refused before execution (parse, validation, policy, untrusted document):
    /// 400 with <c>application/graphql-response+json</c>, 200 with <c>application/json</c>.
    /// </summary>
    public static int RejectionStatus(string mediaType) =>
        mediaType == GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>The negotiated type, falling back to <c>application/json</c> for error bodies.</summary>
    public static string ForErrors(HttpRequest request) => Negotiate(request) ?? Json;
}
