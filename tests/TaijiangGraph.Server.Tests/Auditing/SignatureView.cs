using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>What one reader of <c>auditLog</c> sees of one user's records: the raw JSON answer and, per record, the operation fields and
/// items.</summary>
public sealed record SignatureView(string Json, IReadOnlyList<SignatureView.Row> Rows)
{
    private const string Query =
        "query($u: String) { auditLog(user: $u, "
        + "first: 100) "
        + "{ nodes { "
        + "resource "
        + "outcome codes "
        + "operationSignature signatureHash documentHash "
        + "itemsRead itemsMasked itemsDenied itemsFiltered } } }";

    public static async Task<SignatureView> Of(WebApplicationFactory<Program> app, string readerToken, string user)
    {
        var response = await AuditHttp.Post(app, readerToken, Query, purpose: null, variables: new { u = user });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.ErrorCodes);
        var rows = response
            .Data.GetProperty("auditLog")
            .GetProperty("nodes")
            .EnumerateArray()
            .Select(n => new Row(
                n.GetProperty("resource").GetString(),
                n.GetProperty("outcome").GetString()!,
                Strings(n, "codes"),
                n.GetProperty("operationSignature").GetString(),
                n.GetProperty("signatureHash").GetString(),
                n.GetProperty("documentHash").ValueKind,
                new[] { "itemsRead", "itemsMasked", "itemsDenied", "itemsFiltered" }.SelectMany(p => Strings(n, p)).ToList()
            ))
            .ToList();
        return new SignatureView(response.Root.GetRawText(), rows);
    }

    private static List<string> Strings(JsonElement node, string name) =>
        node.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>One record as the reader sees it; <see cref="DocumentHash"/> is the JSON kind of <c>documentHash</c> (always
    /// null).</summary>
    public sealed record Row(
        string? Resource,
        string Outcome,
        IReadOnlyList<string> Codes,
        string? Signature,
        string? SignatureHash,
        JsonValueKind DocumentHash,
        IReadOnlyList<string> Items
    );
}
