using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TaijiangGraph.Server.Tests.Limits;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>Hostile documents: sizes, depth, aliases, fragments, batches, directives, page sizes and cursors.</summary>
public static class DocumentCases
{
    private static readonly HttpStatusCode Bad = HttpStatusCode.BadRequest;

    public static IEnumerable<HostileCase> All =>
        [
            new(
                "query-1-mb",
                s => new(HostileCase.Body(LimitQueries.Length(1024 * 1024)), s.Reader),
                HttpStatusCode.RequestEntityTooLarge,
                "REQUEST_TOO_LARGE"
            ),
            new(
                "body-2-mb-of-whitespace",
                s => new(Encoding.UTF8.GetBytes("{\"query\":\"{ me { user } }\"" + new string(' ', 2 * 1024 * 1024) + "}"), s.Reader),
                HttpStatusCode.RequestEntityTooLarge,
                "REQUEST_TOO_LARGE"
            ),
            Query("query-100-kb", LimitQueries.Length(100 * 1024), "QUERY_TOO_LARGE"),
            Query("query-6000-tokens", LimitQueries.Tokens(6000), "QUERY_TOO_LARGE"),
            Query("depth-100-nesting", LimitQueries.Depth(100), "MAX_DEPTH"),
            Query("depth-100-braces", "{ " + string.Concat(Enumerable.Repeat("me { ", 100)) + "user" + new string('}', 101), "MAX_DEPTH"),
            Query("depth-16", LimitQueries.Depth(16), "MAX_DEPTH"),
            Query(
                "aliases-10000",
                "{ " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}:__typename")) + " }",
                "QUERY_TOO_LARGE"
            ),
            Query(
                "aliases-1000-short",
                "{" + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"a{i}:__typename ")) + "}",
                "MAX_ALIASES"
            ),
            Query("aliases-101", LimitQueries.Aliases(101), "MAX_ALIASES"),
            Query("complexity-100x100", LimitQueries.Nested(100, 5), "COMPLEXITY"),
            Query(
                "fragments-circular",
                "query { ...A } fragment A " + "on Query { " + "me { user " + "} ...B } " + "fragment B on " + "Query { ...A }",
                "NO_FRAGMENT_CYCLES"
            ),
            Query("fragments-self", "query { ...A } fragment A on Query { ...A }", "NO_FRAGMENT_CYCLES"),
            Query("directives-100-include", LimitQueries.Directives(100), "UNIQUE_DIRECTIVES_PER_LOCATION"),
            Query(
                "directives-100-unknown",
                "{ me { user " + string.Concat(Enumerable.Range(0, 100).Select(i => $"@d{i} ")) + "} }",
                "KNOWN_DIRECTIVES"
            ),
            new("batch-1000", s => new(Encoding.UTF8.GetBytes(LimitQueries.Batch(1000)), s.Reader), Bad, "BATCH_TOO_LARGE"),
            new(
                "batch-1000-application-json",
                s => new(Encoding.UTF8.GetBytes(LimitQueries.Batch(1000)), s.Reader, Accept: HostileRequest.Json),
                Bad,
                "BATCH_TOO_LARGE"
            ),
            new("batch-21", s => new(Encoding.UTF8.GetBytes(LimitQueries.Batch(21)), s.Reader), Bad, "BATCH_TOO_LARGE"),
            new("batch-empty", s => new(Encoding.UTF8.GetBytes("[]"), s.Reader), Bad, "INVALID_REQUEST"),
            Query("first-zero", "{ socialInsuranceRecords(first: 0) { totalCount } }", "PAGE_SIZE_EXCEEDED"),
            Query("first-negative", "{ socialInsuranceRecords(first: -1) { totalCount } }", "PAGE_SIZE_EXCEEDED"),
            Query("first-101", "{ socialInsuranceRecords(first: 101) { totalCount } }", "PAGE_SIZE_EXCEEDED"),
            Query(
                "first-huge-literal",
                "{ socialInsuranceRecords(first: " + "99999999999999999999999) { " + "totalCount } }",
                "ARGUMENTS_OF_CORRECT_TYPE"
            ),
            new(
                "first-zero-application-json",
                s =>
                    new(
                        HostileCase.Body("{ socialInsuranceRecords(first: 0) { " + "totalCount } }"),
                        s.Reader,
                        Accept: HostileRequest.Json
                    ),
                HttpStatusCode.OK,
                "PAGE_SIZE_EXCEEDED"
            ),
            Cursor("cursor-garbage", "AAAA"),
            Cursor("cursor-forged-key-id", "k1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            Cursor("cursor-base64-json", Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"id\":1,\"dept\":\"TJ-DSJ\"}"))),
            Cursor("cursor-sql", "' OR 1=1 --"),
            Cursor("cursor-10000-chars", new string('Q', 10_000)),
            Cursor("cursor-empty", ""),
            Query(
                "unicode-nul-in-literal",
                "{ socialInsuranceRecords(first: 1, "
                    + "where: { "
                    + "recordId: { eq: "
                    + "\"\\u0000\\u202E𝕏\" } }) { "
                    + "totalCount } }",
                null,
                HttpStatusCode.OK
            ),
            new(
                "unicode-nul-in-variable",
                s =>
                    new(
                        HostileCase.Body(
                            "query($v: String) { marketEntities(first: "
                                + "5, where: "
                                + "{ name: { "
                                + "contains: $v } }) { totalCount nodes { name } } }",
                            new JsonObject { ["v"] = "\0'\u202E\uFEFF😀𠀀\u0301" }
                        ),
                        s.Provider
                    ),
                HttpStatusCode.OK,
                null
            ),
            Query("nul-byte-in-source", "{ me { user } }\0{ me { user } }", "SYNTAX_ERROR"),
            Query("syntax-unterminated-string", "{ me(x: \"abc) { user } }", "SYNTAX_ERROR"),
        ];

    private static HostileCase Query(string name, string query, string? code, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        new(name, s => new(HostileCase.Body(query), s.Reader), status, code);

    private static HostileCase Cursor(string name, string cursor) =>
        new(
            name,
            s =>
                new(
                    HostileCase.Body(
                        "query($after: String) { " + "socialInsuranceRecords(first: " + "2, after: " + "$after) { " + "totalCount } }",
                        new JsonObject { ["after"] = cursor }
                    ),
                    s.Reader
                ),
            HttpStatusCode.BadRequest,
            "INVALID_CURSOR"
        );
}
