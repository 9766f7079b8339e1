using System.Net;
using System.Text.Json;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// An HTTP response of the GraphQL endpoint: status, media type, the parsed (detached) JSON body (<c>Undefined</c>
/// when the body is not JSON), the body text, the response headers and how long the answer took to arrive.
/// </summary>
public sealed record GraphQLReply(HttpStatusCode Status, string? MediaType, JsonElement Root, string Text)
{
    /// <summary>Every response and content header, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>From sending the request to reading the whole body.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The <c>data</c> member; fails the test when the body has none.</summary>
    public JsonElement Data => HasData ? Root.GetProperty("data") : throw new Xunit.Sdk.XunitException($"The response has no data: {Text}");

    /// <summary>The <c>errors</c> member, or none.</summary>
    public IReadOnlyList<JsonElement> Errors =>
        Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    /// <summary>The <c>extensions.code</c> of every error, in order (null for an error without one).</summary>
    public IReadOnlyList<string?> ErrorCodes => Errors.Select(e => Extension(e, "code")).ToList();

    public bool HasData => Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty("data", out _);

    /// <summary>Fails the test unless the response is a 200 without errors; returns its <c>data</c>.</summary>
    public JsonElement DataWithoutErrors()
    {
        Assert.True(
            Status == HttpStatusCode.OK && Errors.Count == 0 && HasData,
            $"Expected data without " + $"errors, got " + $"{(int)Status}: {Text}"
        );
        return Data;
    }

    /// <summary>The values of header <paramref name="name"/>, or none.</summary>
    public IReadOnlyList<string> Header(string name) => Headers.TryGetValue(name, out var values) ? values : [];

    /// <summary>The errors whose extensions name this resource and item.</summary>
    public IReadOnlyList<JsonElement> ErrorsFor(string resource, string item) =>
        Errors.Where(e => Extension(e, "resource") == resource && Extension(e, "item") == item).ToList();

    /// <summary>A string member of an error's extensions, or null.</summary>
    public static string? Extension(JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions)
        && extensions.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>An error's path as text segments (list indexes as numbers in text).</summary>
    public static IReadOnlyList<string> PathOf(JsonElement error) =>
        error.TryGetProperty("path", out var path) ? path.EnumerateArray().Select(p => p.ToString()).ToList() : [];

    /// <summary>The body as result snapshots store it (<see cref="SnapshotJson"/>).</summary>
    public string ForSnapshot() => SnapshotJson.Format(Root);
}
