using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL.SystemTextJson;
using TaijiangGraph.Graph.Errors;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>The JSON settings of GraphQL responses: camelCase, Chinese text unescaped.</summary>
internal static class GraphQLJson
{
    public static JsonSerializerOptions ErrorOptions { get; } =
        new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static GraphQLSerializer CreateSerializer() =>
        new(o => o.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), new GraphErrorInfoProvider());
}
