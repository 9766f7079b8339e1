using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>A named hostile request and the answer it must get: status and first error code (null: no error).</summary>
public sealed record HostileCase(string Name, Func<HostileServer, HostileRequest> Build, HttpStatusCode Status, string? Code)
{
    public const string Purpose = "安全测试";

    /// <summary>The JSON body of one GraphQL request, with a purpose.</summary>
    public static byte[] Body(string query, JsonNode? variables = null) => Encoding.UTF8.GetBytes(Request(query, variables).ToJsonString());

    /// <summary>One GraphQL request as a JSON object, with a purpose.</summary>
    public static JsonObject Request(string query, JsonNode? variables = null)
    {
        var request = new JsonObject
        {
            ["query"] = query,
            ["extensions"] = new JsonObject { ["purpose"] = Purpose },
        };
        if (variables is not null)
        {
            request["variables"] = variables;
        }

        return request;
    }

    public override string ToString() => Name;
}
