using System.Net;
using System.Text.Json;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>What every hostile answer must be: never a 500, always JSON, nothing of the server's insides, no data beside an error
/// code.</summary>
public static class HostileAssert
{
    private static readonly string[] Leaks = ["   at ", "Exception", "/work/", "SQLite Error", "Npgsql", "System.", "<html", "<!DOCTYPE"];

    public static void Answered(HostileReply reply, HttpStatusCode status, string? code, string because, string dataFolder)
    {
        Assert.True((int)reply.Status < 500, $"{because}: {(int)reply.Status} {Shorten(reply.Body)}");
        Assert.True(
            reply.MediaType is not null && reply.MediaType.EndsWith("json", StringComparison.Ordinal),
            $"{because}: media type " + $"{reply.MediaType}"
        );
        var isJson = Parses(reply.Body);
        Assert.True(isJson, $"{because}: not JSON: {Shorten(reply.Body)}");
        foreach (var leak in Leaks.Append(dataFolder))
        {
            Assert.False(reply.Body.Contains(leak, StringComparison.Ordinal), $"{because}: the body leaks '{leak}': {Shorten(reply.Body)}");
        }

        Assert.True(
            status == reply.Status && code == reply.Code,
            $"{because}: expected {(int)status} {code ?? "(no error)"}, "
                + $"got {(int)reply.Status} {reply.Code ?? "(no error)"}: {Shorten(reply.Body)}"
        );
        Assert.True(code is null || !reply.HasData, $"{because}: a refused request returns no data: {Shorten(reply.Body)}");
    }

    private static bool Parses(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string body) => body.Length > 600 ? body[..600] + "…" : body;
}
