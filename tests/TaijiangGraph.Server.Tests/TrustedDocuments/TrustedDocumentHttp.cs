using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TaijiangGraph.Server.Tests.TrustedDocuments;

/// <summary>POSTs a GraphQL request object (any JSON shape) with a bearer token and a chosen Accept header.</summary>
public static class TrustedDocumentHttp
{
    public static async Task<(HttpResponseMessage Response, string Body)> PostAsync(WebApplicationFactory<Program> app, string token, object request, string accept = "application/graphql-response+json")
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var content = new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The <c>extensions.code</c> of the first error of <paramref name="body"/>, or null when there is none.</summary>
    public static string? FirstErrorCode(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;
    }

    /// <summary><c>data.me.user</c> of a successful response.</summary>
    public static string? MeUser(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("data").GetProperty("me").GetProperty("user").GetString();
    }
}
