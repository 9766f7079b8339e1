using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>
/// Hostile purposes (docs/policy.md): undecodable or smuggling <c>X-Data-Purpose</c> headers and invisible,
/// control, letterless, over-long or non-string <c>extensions.purpose</c> values — each refused with
/// INVALID_PURPOSE and no data; a valid header alone is served.
/// </summary>
public static class PurposeCases
{
    private const string DataRead = "{ socialInsuranceRecords(first: 1) { totalCount } }";

    public static IEnumerable<HostileCase> All =>
        [
            Header("purpose-header-truncated-utf8", "%E4%B8"),
            Header("purpose-header-lone-continuation-byte", "%80%E6%A0%B8"),
            Header("purpose-header-overlong-utf8", "%C0%AF%E6%A0%B8"),
            Header("purpose-header-encoded-surrogate", "%ED%A0%80%E6%A0%B8"),
            Header("purpose-header-bad-escape", "%zz%E6%A0%B8"),
            Header("purpose-header-cut-escape", "%E6%A0%B8%E"),
            Header("purpose-header-encoded-nul", "%E6%A0%B8%00"),
            Header("purpose-header-encoded-zero-width-space", "%E2%80%8B"),
            Header("purpose-header-encoded-rtl-override", "%E6%A0%B8%E2%80%AE%E6%9F%A5"),
            Header("purpose-header-digits-only", "2026%2012%2003"),
            Body("purpose-nul", "核查\0\u202E😀"),
            Body("purpose-zero-width-space-only", "\u200B"),
            Body("purpose-bom-only", "\uFEFF"),
            Body("purpose-rtl-override", "核查\u202Ebad"),
            Body("purpose-escape-sequence", "核查\u001B[31m"),
            Body("purpose-punctuation-only", "……！？"),
            Body("purpose-201-chars", new string('核', 201)),
            Body("purpose-not-a-string", 42),
            Body("purpose-an-object", new JsonObject { ["text"] = "核查" }),
            Body("purpose-invalid-on-catalog-query", "\0", "{ me { user } }"),
            new(
                "purpose-header-valid-control",
                s => new(Request(DataRead, null), s.Reader, Headers: Purpose("%E6%A0%B8%E6%9F%A5")),
                HttpStatusCode.OK,
                null
            ),
        ];

    private static HostileCase Header(string name, string header) =>
        new(name, s => new(Request(DataRead, null), s.Reader, Headers: Purpose(header)), HttpStatusCode.BadRequest, "INVALID_PURPOSE");

    private static HostileCase Body(string name, JsonNode purpose, string query = DataRead) =>
        new(name, s => new(Request(query, purpose), s.Reader), HttpStatusCode.BadRequest, "INVALID_PURPOSE");

    private static byte[] Request(string query, JsonNode? purpose)
    {
        var request = new JsonObject { ["query"] = query };
        if (purpose is not null)
        {
            request["extensions"] = new JsonObject { ["purpose"] = purpose.DeepClone() };
        }

        return Encoding.UTF8.GetBytes(request.ToJsonString());
    }

    private static Dictionary<string, string> Purpose(string header) => new(StringComparer.Ordinal) { ["X-Data-Purpose"] = header };
}
