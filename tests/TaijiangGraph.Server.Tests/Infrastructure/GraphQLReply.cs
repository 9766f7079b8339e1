using System.Net;
using System.Text.Json;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>An HTTP response of the GraphQL endpoint: status, media type and the parsed (detached) JSON body.</summary>
public sealed record GraphQLReply(HttpStatusCode Status, string? MediaType, JsonElement Root, string Text)
{
    /// <summary>The <c>data</c> member; fails the test when the body has none.</summary>
    public JsonElement Data => Root.TryGetProperty("data", out var data)
        ? data
        : throw new Xunit.Sdk.XunitException($"The response has no data: {Text}");

    /// <summary>The <c>errors</c> member, or none.</summary>
    public IReadOnlyList<JsonElement> Errors => Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty("errors", out var errors)
        ? errors.EnumerateArray().ToList()
        : [];

    public bool HasData => Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty("data", out _);

    /// <summary>The errors whose extensions name this resource and item.</summary>
    public IReadOnlyList<JsonElement> ErrorsFor(string resource, string item) =>
        Errors.Where(e => Extension(e, "resource") == resource && Extension(e, "item") == item).ToList();

    /// <summary>A string member of an error's extensions, or null.</summary>
    public static string? Extension(JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>An error's path as text segments (list indexes as numbers in text).</summary>
    public static IReadOnlyList<string> PathOf(JsonElement error) =>
        error.TryGetProperty("path", out var path) ? path.EnumerateArray().Select(p => p.ToString()).ToList() : [];

    /// <summary>The body as result snapshots store it (<see cref="SnapshotJson"/>).</summary>
    public string ForSnapshot() => SnapshotJson.Format(Root);
}
