using System.Net;
using System.Text.Json;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>Assertions on answers of a server whose audit trail is (or was) unavailable.</summary>
public static class TrailAssert
{
    /// <summary>A JSON 503 whose first error is <c>AUDIT_UNAVAILABLE</c>, with no <c>data</c> key, within <paramref name="within"/>.</summary>
    public static void FailedClosed(TimedResponse response, TimeSpan within)
    {
        Assert.True(response.Status == HttpStatusCode.ServiceUnavailable, $"Expected 503 but got {(int)response.Status}: {response.Body}");
        using var body = JsonDocument.Parse(response.Body);
        Assert.False(body.RootElement.TryGetProperty("data", out _), "A fail-closed response carries no data: " + response.Body);
        var errors = body.RootElement.GetProperty("errors");
        Assert.NotEqual(0, errors.GetArrayLength());
        Assert.Equal("AUDIT_UNAVAILABLE", errors[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(response.Elapsed < within, $"The 503 took {response.Elapsed.TotalMilliseconds:F0} ms; expected under {within.TotalMilliseconds:F0} ms.");
    }

    /// <summary>A 200 carrying the data of the probe query (<see cref="TrailServerProcess.DataQuery"/>) and no errors.</summary>
    public static void Served(TimedResponse response)
    {
        Assert.True(response.Status == HttpStatusCode.OK, $"Expected 200 but got {(int)response.Status}: {response.Body}");
        using var body = JsonDocument.Parse(response.Body);
        Assert.False(body.RootElement.TryGetProperty("errors", out _), "Unexpected errors: " + response.Body);
        var allowances = body.RootElement.GetProperty("data").GetProperty("subsistenceAllowances");
        Assert.True(allowances.GetProperty("totalCount").GetInt32() > 0, "The seeded records should be read: " + response.Body);
        Assert.NotEqual(0, allowances.GetProperty("nodes").GetArrayLength());
    }
}
