using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure.Logging;

namespace TaijiangGraph.Server.Tests.Errors;

/// <summary>
/// What an unhandled failure looks like (docs/errors.md): to the caller one error with the message
/// <c>Internal error (correlation id …)</c> and extensions <c>{ code: INTERNAL_ERROR, correlationId }</c> and nothing
/// of the exception; in the server log the full exception, at error level, under the same correlation id.
/// </summary>
public static class InternalErrorAssert
{
    /// <summary>Words that would show the database's insides; none may appear in the answer.</summary>
    private static readonly string[] Internals =
    [
        "Exception",
        "SELECT",
        "FROM",
        "detail",
        "42P01",
        "does not exist",
        "no such table",
        "relation \"",
        "SQLite",
        "Npgsql",
        "Postgres",
        "   at ",
        "row_id",
    ];

    /// <summary>Checks the answer and returns its correlation id; <paramref name="table"/> must not appear in it.</summary>
    public static string Answered(string body, string table)
    {
        foreach (var secret in Internals.Append(table))
        {
            Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The answer shows '{secret}': {body}");
        }

        using var document = JsonDocument.Parse(body);
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        var extensions = error.GetProperty("extensions");
        Assert.Equal(["code", "correlationId"], extensions.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("INTERNAL_ERROR", extensions.GetProperty("code").GetString());
        var correlationId = extensions.GetProperty("correlationId").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", correlationId);
        Assert.Equal($"Internal error (correlation id {correlationId})", error.GetProperty("message").GetString());
        Assert.True(
            !document.RootElement.TryGetProperty("data", out var data)
                || data.ValueKind == JsonValueKind.Null
                || !data.EnumerateObject().Any(f => f.Value.ValueKind != JsonValueKind.Null),
            $"No data beside an internal error: {body}"
        );
        return correlationId;
    }

    /// <summary>Exactly one error line carries <paramref name="correlationId"/>, with the full exception: its type, the table it names and
    /// its stack.</summary>
    public static void Logged(LogCapture logs, string correlationId, string exceptionType, string table)
    {
        var line = Assert.Single(logs.Lines, l => l.Contains(correlationId, StringComparison.Ordinal));
        Assert.StartsWith("Error ", line, StringComparison.Ordinal);
        Assert.Contains(exceptionType, line, StringComparison.Ordinal);
        Assert.Contains(table, line, StringComparison.Ordinal);
        Assert.Contains("   at ", line, StringComparison.Ordinal);
    }
}
