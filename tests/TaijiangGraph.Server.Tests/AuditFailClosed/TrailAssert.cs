using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>Assertions on answers of a server whose audit trail is (or was) unavailable.</summary>
public static class TrailAssert
{
    /// <summary>A JSON 503 whose first error is <c>AUDIT_UNAVAILABLE</c>, with no <c>data</c> key, within
    /// <paramref name="within"/>.</summary>
    public static void FailedClosed(GraphQLReply response, TimeSpan within)
    {
        Assert.True(response.Status == HttpStatusCode.ServiceUnavailable, $"Expected 503 but got {(int)response.Status}: {response.Text}");
        using var body = JsonDocument.Parse(response.Text);
        Assert.False(body.RootElement.TryGetProperty("data", out _), "A fail-closed response carries no data: " + response.Text);
        var errors = body.RootElement.GetProperty("errors");
        Assert.NotEqual(0, errors.GetArrayLength());
        Assert.Equal("AUDIT_UNAVAILABLE", errors[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(
            response.Elapsed < within,
            $"The 503 took {response.Elapsed.TotalMilliseconds:F0} ms; " + $"expected under " + $"{within.TotalMilliseconds:F0} ms."
        );
    }

    /// <summary>A 200 carrying the data of the probe query (<see cref="TrailProbe.DataQuery"/>) and no errors.</summary>
    public static void Served(GraphQLReply response)
    {
        Assert.True(response.Status == HttpStatusCode.OK, $"Expected 200 but got {(int)response.Status}: {response.Text}");
        using var body = JsonDocument.Parse(response.Text);
        Assert.False(body.RootElement.TryGetProperty("errors", out _), "Unexpected errors: " + response.Text);
        var allowances = body.RootElement.GetProperty("data").GetProperty("subsistenceAllowances");
        Assert.True(allowances.GetProperty("totalCount").GetInt32() > 0, "The seeded records should be read: " + response.Text);
        Assert.NotEqual(0, allowances.GetProperty("nodes").GetArrayLength());
    }
}
