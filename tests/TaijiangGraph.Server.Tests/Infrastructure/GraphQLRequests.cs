using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Server.Tests.Infrastructure.Sql;
using TaijiangGraph.Tests.Shared;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// The one way tests send GraphQL over HTTP (docs/architecture.md, The path of one request): a request body (query,
/// variables, operation name, a purpose in <c>extensions.purpose</c>), sent with a bearer token (none when null) or as a
/// sample department's user, with an optional Accept header (none by default: the server then answers
/// <c>application/json</c>), extra headers and a request media type; the answer comes back as a <see cref="GraphQLReply"/>.
/// After every answer of an in-memory server the server's <see cref="DatasetSqlGuard"/> (when it has one) must have
/// seen no violation: the check runs in the test that sent the request.
/// </summary>
public static class GraphQLRequests
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";

    /// <summary>The purpose sent when a test names none.</summary>
    public const string DefaultPurpose = "测试";

    /// <summary>
    /// One GraphQL request object: <paramref name="variables"/> is an object to serialize (null members kept) or a
    /// JSON text; a null purpose, variables or operation name is left out.
    /// </summary>
    public static JsonObject Request(string query, object? variables = null, string? purpose = DefaultPurpose, string? operationName = null)
    {
        var request = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            request["variables"] = JsonNode.Parse(variables as string ?? JsonSerializer.Serialize(variables));
        }

        if (operationName is not null)
        {
            request["operationName"] = operationName;
        }

        if (purpose is not null)
        {
            request["extensions"] = new JsonObject { ["purpose"] = purpose };
        }

        return request;
    }

    /// <summary>The JSON text of <see cref="Request"/>.</summary>
    public static string Body(string query, object? variables = null, string? purpose = DefaultPurpose, string? operationName = null) =>
        Request(query, variables, purpose, operationName).ToJsonString();

    /// <summary>The JSON text of a batch of request objects (<see cref="Request"/>).</summary>
    public static string Batch(params JsonObject[] requests) => new JsonArray([.. requests]).ToJsonString();

    /// <summary>A development token for a user of <paramref name="department"/> with the role its users have in the sample.</summary>
    public static string TokenOf(this TaijiangServerFactory server, string department) =>
        server.Token("u-" + department.ToLowerInvariant(), department, ExpectationMatrix.RoleOf(department));

    /// <summary>POSTs one query as a user of <paramref name="department"/> (<see cref="TokenOf"/>).</summary>
    public static Task<GraphQLReply> Query(
        this TaijiangServerFactory server,
        string department,
        string query,
        object? variables = null,
        string? purpose = DefaultPurpose,
        string? accept = null
    ) => server.SendWithToken(server.TokenOf(department), Body(query, variables, purpose), accept);

    /// <summary>POSTs a raw JSON body (a request or a batch) as a user of <paramref name="department"/>.</summary>
    public static Task<GraphQLReply> Send(
        this TaijiangServerFactory server,
        string department,
        string json,
        string? accept = null,
        IReadOnlyDictionary<string, string>? headers = null
    ) => server.SendWithToken(server.TokenOf(department), json, accept, headers);

    /// <summary>POSTs one query with <paramref name="token"/> (none when null).</summary>
    public static Task<GraphQLReply> QueryWithToken(
        this WebApplicationFactory<Program> app,
        string? token,
        string query,
        object? variables = null,
        string? purpose = DefaultPurpose,
        string? operationName = null,
        string? accept = null
    ) => app.SendWithToken(token, Body(query, variables, purpose, operationName), accept);

    /// <summary>POSTs a raw body (a request, a batch, or anything a test wants refused) with <paramref name="token"/> (none when
    /// null).</summary>
    public static Task<GraphQLReply> SendWithToken(
        this WebApplicationFactory<Program> app,
        string? token,
        string body,
        string? accept = null,
        IReadOnlyDictionary<string, string>? headers = null,
        string mediaType = Json
    ) => app.SendHttp(HttpMethod.Post, "/graphql", token, body, accept, headers, mediaType);

    /// <summary>GETs <c>/graphql?{queryString}</c> with <paramref name="token"/> (none when null).</summary>
    public static Task<GraphQLReply> GetWithToken(
        this WebApplicationFactory<Program> app,
        string? token,
        string queryString,
        string? accept = null,
        IReadOnlyDictionary<string, string>? headers = null
    ) => app.SendHttp(HttpMethod.Get, "/graphql?" + queryString, token, body: null, accept, headers);

    /// <summary>
    /// Any request to the in-memory server (method, path and query, body when not null) with <paramref name="token"/>
    /// (none when null); the base the other sends use, and the one for requests a test wants refused.
    /// </summary>
    public static async Task<GraphQLReply> SendHttp(
        this WebApplicationFactory<Program> app,
        HttpMethod method,
        string pathAndQuery,
        string? token,
        string? body = null,
        string? accept = null,
        IReadOnlyDictionary<string, string>? headers = null,
        string mediaType = Json
    )
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.Relative)) { Content = Content(body, mediaType) };
        var reply = await client.SendGraphQLAsync(request, token, accept, headers);
        AssertNoSqlViolations(app);
        return reply;
    }

    /// <summary>The query string of a GET request: the query and, when given, <c>extensions</c> with the purpose.</summary>
    public static string QueryString(string query, string? purpose = DefaultPurpose) =>
        "query="
        + Uri.EscapeDataString(query)
        + (purpose is null ? "" : "&extensions=" + Uri.EscapeDataString(new JsonObject { ["purpose"] = purpose }.ToJsonString()));

    /// <summary>POSTs <paramref name="body"/> to <paramref name="address"/> on <paramref name="client"/> (a real server process, or an
    /// in-memory one).</summary>
    public static Task<GraphQLReply> PostGraphQLAsync(
        this HttpClient client,
        Uri address,
        string? token,
        string body,
        string? accept = null,
        IReadOnlyDictionary<string, string>? headers = null,
        string mediaType = Json
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = Content(body, mediaType) };
        return client.SendGraphQLAsync(request, token, accept, headers);
    }

    private static StringContent? Content(string? body, string mediaType)
    {
        if (body is null)
        {
            return null;
        }

        // A plain media type goes out with "; charset=utf-8"; one with parameters exactly as given.
        var content = new StringContent(body, Encoding.UTF8, mediaType.Contains(';', StringComparison.Ordinal) ? Json : mediaType);
        if (mediaType.Contains(';', StringComparison.Ordinal))
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        }

        return content;
    }

    private static async Task<GraphQLReply> SendGraphQLAsync(
        this HttpClient client,
        HttpRequestMessage request,
        string? token,
        string? accept,
        IReadOnlyDictionary<string, string>? headers
    )
    {
        using (request)
        {
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (accept is not null)
            {
                request.Headers.Accept.ParseAdd(accept);
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                request.Headers.Add(name, value);
            }

            var watch = Stopwatch.StartNew();
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var elapsed = watch.Elapsed;
            return new GraphQLReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, Parse(text), text)
            {
                Headers = response
                    .Headers.Concat(response.Content.Headers)
                    .ToDictionary(h => h.Key, h => (IReadOnlyList<string>)[.. h.Value], StringComparer.OrdinalIgnoreCase),
                Elapsed = elapsed,
            };
        }
    }

    private static JsonElement Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static void AssertNoSqlViolations(WebApplicationFactory<Program> app)
    {
        foreach (var guard in app.Services.GetServices<IInterceptor>().OfType<DatasetSqlGuard>())
        {
            Assert.True(
                guard.Violations.Count == 0,
                "Dataset SQL broke the " + "read rules:" + Environment.NewLine + string.Join(Environment.NewLine, guard.Violations)
            );
        }
    }
}
