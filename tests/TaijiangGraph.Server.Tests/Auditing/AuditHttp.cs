using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Server.Identity;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// GraphQL calls for the audit tests against any hosted server: requests with a purpose, batches, GET, a chosen
/// Accept header, and tokens carrying a display name and an app.
/// </summary>
public static class AuditHttp
{
    public const string Purpose = "审计测试：核对使用记录";

    /// <summary>A development token minted by the hosted server's own issuer.</summary>
    public static string Token(WebApplicationFactory<Program> app, string user, string dept, string role = "department", string? name = null, string? client = null) =>
        app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, dept, [role], name, client);

    /// <summary>One GraphQL request object: query, optional purpose (extensions.purpose), variables and operation name.</summary>
    public static Dictionary<string, object?> Request(string query, string? purpose = Purpose, object? variables = null, string? operationName = null)
    {
        var request = new Dictionary<string, object?>(StringComparer.Ordinal) { ["query"] = query };
        if (variables is not null)
        {
            request["variables"] = variables;
        }

        if (operationName is not null)
        {
            request["operationName"] = operationName;
        }

        if (purpose is not null)
        {
            request["extensions"] = new Dictionary<string, string> { ["purpose"] = purpose };
        }

        return request;
    }

    public static Task<(HttpResponseMessage Response, JsonDocument Body)> Post(WebApplicationFactory<Program> app, string token, string query,
        string? purpose = Purpose, object? variables = null, string? operationName = null, string? accept = null) =>
        Send(app, token, Request(query, purpose, variables, operationName), accept);

    /// <summary>POSTs <paramref name="body"/> (one request, or an array for a batch) as JSON.</summary>
    public static async Task<(HttpResponseMessage Response, JsonDocument Body)> Send(WebApplicationFactory<Program> app, string token, object body, string? accept = null)
    {
        using var client = Client(app, token, accept);
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>GETs a query with its purpose in the <c>extensions</c> query parameter.</summary>
    public static async Task<(HttpResponseMessage Response, JsonDocument Body)> Get(WebApplicationFactory<Program> app, string token, string query, string purpose = Purpose)
    {
        using var client = Client(app, token, accept: null);
        var extensions = JsonSerializer.Serialize(new Dictionary<string, string> { ["purpose"] = purpose });
        var uri = "/graphql?query=" + Uri.EscapeDataString(query) + "&extensions=" + Uri.EscapeDataString(extensions);
        var response = await client.GetAsync(new Uri(uri, UriKind.Relative));
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The <c>data</c> member of a successful response.</summary>
    public static JsonElement Data(JsonDocument body) => body.RootElement.GetProperty("data");

    /// <summary>The error codes of a response, in order.</summary>
    public static IReadOnlyList<string?> Codes(JsonDocument body) => body.RootElement.TryGetProperty("errors", out var errors)
        ? errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList()
        : [];

    private static HttpClient Client(WebApplicationFactory<Program> app, string token, string? accept)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (accept is not null)
        {
            client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        }

        return client;
    }
}
