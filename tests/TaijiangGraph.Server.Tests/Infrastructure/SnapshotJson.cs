using System.Text;
using System.Text.Json;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// JSON for result snapshots: indented, Chinese text unescaped, but an object or array holding only scalars
/// (a record row, an error path) on one line, so that a snapshot of many rows stays small and diffs row by row.
/// </summary>
public static class SnapshotJson
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(JsonElement element)
    {
        var text = new StringBuilder();
        Write(text, element, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonElement element, int depth)
    {
        if (IsFlat(element))
        {
            text.Append(JsonSerializer.Serialize(element, Compact));
            return;
        }

        var indent = new string(' ', 2 * (depth + 1));
        var isObject = element.ValueKind == JsonValueKind.Object;
        text.Append(isObject ? '{' : '[').Append('\n');
        var first = true;
        foreach (var (name, value) in Children(element))
        {
            text.Append(first ? "" : ",\n").Append(indent);
            if (name is not null)
            {
                text.Append(JsonSerializer.Serialize(name, Compact)).Append(": ");
            }

            Write(text, value, depth + 1);
            first = false;
        }

        text.Append('\n').Append(' ', 2 * depth).Append(isObject ? '}' : ']');
    }

    private static bool IsFlat(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object or JsonValueKind.Array => Children(element)
                .All(c => c.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)),
            _ => true,
        };

    private static IEnumerable<(string? Name, JsonElement Value)> Children(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Select(p => ((string?)p.Name, p.Value))
            : element.EnumerateArray().Select(v => ((string?)null, v));
}
