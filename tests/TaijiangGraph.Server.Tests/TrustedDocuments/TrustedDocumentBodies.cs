using System.Text.Json;

namespace TaijiangGraph.Server.Tests.TrustedDocuments;

/// <summary>Readers of the response bodies the trusted-document tests check.</summary>
public static class TrustedDocumentBodies
{
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
