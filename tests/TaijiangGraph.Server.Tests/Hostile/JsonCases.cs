using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>Hostile request bodies: malformed and truncated JSON, wrong shapes and media types, wrong variable types.</summary>
public static class JsonCases
{
    private const string Me = "{ me { user } }";
    private const string Paged = "query($first: Int) { socialInsuranceRecords(first: $first) { totalCount } }";
    private const string Where = "query($where: MarketEntityFilterInput) { marketEntities(first: 1, where: $where) { totalCount } }";

    public static IEnumerable<HostileCase> All =>
        [
            Raw("json-malformed", "{\"query\": ", HttpStatusCode.BadRequest, "MALFORMED_JSON"),
            Raw("json-truncated", "{\"query\":\"{ me { user } }\"", HttpStatusCode.BadRequest, "MALFORMED_JSON"),
            Raw("json-truncated-batch", "[{\"query\":\"{ me { user } }\"},", HttpStatusCode.BadRequest, "MALFORMED_JSON"),
            Raw("json-garbage", "not json at all", HttpStatusCode.BadRequest, "MALFORMED_JSON"),
            Raw("json-trailing-garbage", "{\"query\":\"{ me { user } }\"} trailing", HttpStatusCode.BadRequest, "MALFORMED_JSON"),
            Raw("json-empty-body", "", HttpStatusCode.BadRequest, "MALFORMED_JSON"),
            Raw(
                "json-nested-10000-deep",
                "{\"query\":\"{ me { user } " + "}\",\"variables\":{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}}",
                HttpStatusCode.BadRequest,
                "MALFORMED_JSON"
            ),
            Raw("json-number-body", "42", HttpStatusCode.BadRequest, "INVALID_REQUEST"),
            Raw("json-no-query", "{}", HttpStatusCode.BadRequest, "INVALID_REQUEST"),
            Raw("json-query-not-string", "{\"query\": 5}", HttpStatusCode.BadRequest, "INVALID_REQUEST"),
            Raw(
                "json-variables-not-object",
                "{\"query\":\"{ me { user } " + "}\",\"variables\":[1,2]}",
                HttpStatusCode.BadRequest,
                "INVALID_REQUEST"
            ),
            new(
                "json-invalid-utf8",
                s =>
                    new(
                        [
                            .. Encoding.ASCII.GetBytes("{\"query\":\"{ me { user } " + "}\",\"extensions\":{\"purpose\":\""),
                            0xC3,
                            0x28,
                            0xFF,
                            0x22,
                            0x7D,
                            0x7D,
                        ],
                        s.Reader
                    ),
                HttpStatusCode.BadRequest,
                "MALFORMED_JSON"
            ),
            new(
                "json-invalid-utf8-in-query",
                s => new([.. Encoding.ASCII.GetBytes("{\"query\":\"{ me { user } }"), 0xED, 0xA0, 0x80, 0x22, 0x7D], s.Reader),
                HttpStatusCode.BadRequest,
                "MALFORMED_JSON"
            ),
            new(
                "json-invalid-utf8-in-variables",
                s =>
                    new(
                        [.. Encoding.ASCII.GetBytes("{\"query\":\"{ me { user } " + "}\",\"variables\":{\"x\":\""), 0xFE, 0x22, 0x7D, 0x7D],
                        s.Reader
                    ),
                HttpStatusCode.BadRequest,
                "MALFORMED_JSON"
            ),
            Raw(
                "json-lone-surrogate-escape",
                "{\"query\":\"{ me { user } " + "}\",\"extensions\":{\"purpose\":\"\\ud800\"}}",
                HttpStatusCode.BadRequest,
                "MALFORMED_JSON"
            ),
            new(
                "media-type-text-plain",
                s => new(HostileCase.Body(Me), s.Reader, "text/plain"),
                HttpStatusCode.UnsupportedMediaType,
                "UNSUPPORTED_MEDIA_TYPE"
            ),
            new(
                "media-type-form",
                s => new(Encoding.UTF8.GetBytes("query=%7B+me+%7B+user+%7D+%7D"), s.Reader, "application/x-www-form-urlencoded"),
                HttpStatusCode.UnsupportedMediaType,
                "UNSUPPORTED_MEDIA_TYPE"
            ),
            Variables("variable-int-given-string", Paged, new JsonObject { ["first"] = "abc" }, "INVALID_VALUE"),
            Variables("variable-int-given-float", Paged, new JsonObject { ["first"] = 1.5 }, "INVALID_VALUE"),
            Variables("variable-int-given-object", Paged, new JsonObject { ["first"] = new JsonObject { ["$gt"] = 1 } }, "INVALID_VALUE"),
            Variables("variable-input-given-string", Where, new JsonObject { ["where"] = "' OR 1=1 --" }, "INVALID_VALUE"),
            Variables("variable-huge-integer", Paged, JsonNode.Parse("{\"first\": 123456789012345678901234567890}"), "INVALID_VALUE"),
            Variables("variable-int-overflow", Paged, new JsonObject { ["first"] = 2_147_483_648L }, "INVALID_VALUE"),
            Variables("variable-first-int-min", Paged, new JsonObject { ["first"] = int.MinValue }, "PAGE_SIZE_EXCEEDED"),
        ];

    private static HostileCase Raw(string name, string body, HttpStatusCode status, string code) =>
        new(name, s => new(Encoding.UTF8.GetBytes(body), s.Reader), status, code);

    private static HostileCase Variables(string name, string query, JsonNode? variables, string code) =>
        new(name, s => new(HostileCase.Body(query, variables), s.Provider), HttpStatusCode.BadRequest, code);
}
