using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>Assertions on workflow answers (docs/errors.md, Share applications): a step done, or refused with its code.</summary>
public static class WorkflowAssert
{
    /// <summary>The one field of a reply without errors (the application a step answered).</summary>
    public static JsonElement Done(GraphQLReply reply)
    {
        var data = reply.DataWithoutErrors();
        var field = Assert.Single(data.EnumerateObject());
        Assert.True(field.Value.ValueKind == JsonValueKind.Object, $"Expected an object, got {reply.Text}");
        return field.Value;
    }

    /// <summary>
    /// A refused step: a 200 whose one field (or, for a non-null field, whose data) is null and whose first error carries
    /// <paramref name="code"/>. Returns the error.
    /// </summary>
    public static JsonElement Refused(GraphQLReply reply, string code)
    {
        Assert.True(reply.Status == HttpStatusCode.OK, $"Expected 200, got {(int)reply.Status}: {reply.Text}");
        Assert.True(reply.Errors.Count > 0, $"Expected {code}, got no error: {reply.Text}");
        var actual = reply.ErrorCodes[0];
        Assert.True(actual == code, $"Expected {code}, got {actual}: {reply.Text}");
        // A nullable field answers null; a non-null one (setWorkingCalendar) nulls the whole data.
        var data = reply.Data;
        Assert.True(
            data.ValueKind == JsonValueKind.Null || Assert.Single(data.EnumerateObject()).Value.ValueKind == JsonValueKind.Null,
            $"A refused step answers null: {reply.Text}"
        );
        return reply.Errors[0];
    }

    /// <summary>The codes of <c>extensions.violations</c> of an error (empty when it has none).</summary>
    public static IReadOnlyList<(string? Code, string? Field, string? Item, string? Message)> Violations(JsonElement error) =>
        error.TryGetProperty("extensions", out var extensions)
        && extensions.TryGetProperty("violations", out var violations)
        && violations.ValueKind == JsonValueKind.Array
            ? [.. violations.EnumerateArray().Select(v => (Text(v, "code"), Text(v, "field"), Text(v, "item"), Text(v, "message")))]
            : [];

    public static string Id(JsonElement application) => application.GetProperty("id").GetString()!;

    public static int Version(JsonElement application) => application.GetProperty("version").GetInt32();

    public static string State(JsonElement application) => application.GetProperty("state").GetString()!;

    /// <summary>The steps of an application's history, oldest first.</summary>
    public static IReadOnlyList<string> Steps(JsonElement application) =>
        [.. application.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("step").GetString()!)];

    /// <summary>A nullable string member.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An instant member (null when null).</summary>
    public static DateTimeOffset? Instant(JsonElement element, string name) =>
        Text(element, name) is { } text ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
}
