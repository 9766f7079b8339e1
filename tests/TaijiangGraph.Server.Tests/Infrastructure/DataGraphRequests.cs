using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TaijiangGraph.Tests.Shared;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// Data-graph requests as a user of a sample department (with the role the department's users have in the
/// sample): a purpose in <c>extensions.purpose</c> unless told otherwise, an optional Accept header.
/// </summary>
public static class DataGraphRequests
{
    public const string DefaultPurpose = "测试";

    public const string GraphQLResponseJson = "application/graphql-response+json";

    private static readonly JsonSerializerOptions BodyOptions = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>A development token for a user of <paramref name="department"/>.</summary>
    public static string TokenOf(this TaijiangServerFactory server, string department) =>
        server.Token("u-" + department.ToLowerInvariant(), department, ExpectationMatrix.RoleOf(department));

    /// <summary>POSTs one query (variables given as a JSON text, when any) as <paramref name="department"/>.</summary>
    public static Task<GraphQLReply> Query(this TaijiangServerFactory server, string department, string query,
        string? variables = null, string? purpose = DefaultPurpose, string? accept = null) =>
        server.Send(department, Body(query, variables, purpose), accept);

    /// <summary>The JSON body of one GraphQL request.</summary>
    public static string Body(string query, string? variables = null, string? purpose = DefaultPurpose) =>
        JsonSerializer.Serialize(new RequestBody(query, variables is null ? null : JsonDocument.Parse(variables).RootElement, purpose is null ? null : new Extensions(purpose)), BodyOptions);

    /// <summary>POSTs a raw JSON body (a request or a batch) as <paramref name="department"/>, with extra headers.</summary>
    public static Task<GraphQLReply> Send(this TaijiangServerFactory server, string department, string json,
        string? accept = null, IReadOnlyDictionary<string, string>? headers = null) =>
        server.SendWithToken(server.TokenOf(department), json, accept, headers);

    /// <summary>POSTs a raw JSON body (a request or a batch) with <paramref name="token"/>, with extra headers.</summary>
    public static async Task<GraphQLReply> SendWithToken(this TaijiangServerFactory server, string token, string json,
        string? accept = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var client = server.Client(token);
        if (accept is not null)
        {
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            client.DefaultRequestHeaders.Add(name, value);
        }

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return new GraphQLReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, document.RootElement.Clone(), text);
    }

    private sealed record RequestBody(
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("variables")] JsonElement? Variables,
        [property: JsonPropertyName("extensions")] Extensions? Extensions);

    private sealed record Extensions([property: JsonPropertyName("purpose")] string Purpose);
}
