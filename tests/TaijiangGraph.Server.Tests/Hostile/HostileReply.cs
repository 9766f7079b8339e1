using System.Net;
using System.Text.Json;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>The server's answer to a hostile request: status, media type and body text.</summary>
public sealed record HostileReply(HttpStatusCode Status, string? MediaType, string Body)
{
    /// <summary>The code of the first error (<c>errors[0].extensions.code</c>, or a top-level <c>code</c>); null when there is
    /// none.</summary>
    public string? Code
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0)
            {
                root = root[0];
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (
                root.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0
                && errors[0].TryGetProperty("extensions", out var extensions)
                && extensions.TryGetProperty("code", out var code)
            )
            {
                return code.GetString();
            }

            return root.TryGetProperty("code", out var top) ? top.GetString() : null;
        }
    }

    /// <summary>Whether the body carries data: a non-null <c>data</c> member (of the first entry, for a batch).</summary>
    public bool HasData
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0)
            {
                root = root[0];
            }

            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("data", out var data)
                && data.ValueKind != JsonValueKind.Null;
        }
    }

    /// <summary>The number of <c>nodes</c> of the connection <paramref name="field"/> in <c>data</c>.</summary>
    public int Nodes(string field)
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.GetProperty("data").GetProperty(field).GetProperty("nodes").GetArrayLength();
    }
}
