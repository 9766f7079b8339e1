using System.Net;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Server.Tests.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>
/// The purpose rule over HTTP (docs/policy.md): a stated purpose that breaks it — an undecodable header, a NUL,
/// a purpose that is no string — is refused with INVALID_PURPOSE before any data is read; a valid one is recorded
/// trimmed and NFC-normalised, also on a MALFORMED_JSON refusal when the header carried it.
/// </summary>
public sealed class PurposeHygieneTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string DataQuery = "{ subsistenceAllowances(first: 2) { nodes { caseNo } } }";

    [Fact]
    public async Task A_header_that_is_not_valid_utf8_is_refused_with_invalid_purpose_and_no_data()
    {
        var user = Trail.NewUser("mz");

        var (status, body) = await Post(user, Json(DataQuery), header: "%E4%B8");

        AssertRefused(status, body, HttpStatusCode.BadRequest);
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal((AuditOutcome.Rejected, null), (record.Outcome, record.Purpose));
        Assert.Equal(["INVALID_PURPOSE"], record.Codes);
    }

    [Fact]
    public async Task A_nul_in_extensions_purpose_is_refused_with_invalid_purpose_and_no_data()
    {
        var (status, body) = await Post(Trail.NewUser("mz"), Json(DataQuery, "低保核查\0"), accept: "application/json");

        AssertRefused(status, body, HttpStatusCode.OK); // application/json: a refused GraphQL request is a 200, as PURPOSE_REQUIRED
    }

    [Fact]
    public async Task A_purpose_that_is_not_a_string_is_refused()
    {
        var (status, body) = await Post(
            Trail.NewUser("mz"),
            """{"query":"{ subsistenceAllowances(first: 2) { nodes { caseNo } } }","extensions":{"purpose":42}}"""
        );

        AssertRefused(status, body, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_invalid_purpose_refuses_a_catalog_query_too()
    {
        var (status, body) = await Post(Trail.NewUser("mz"), Json("{ me { user } }", "\u200B"));

        AssertRefused(status, body, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_valid_chinese_header_is_accepted_and_recorded_trimmed_and_nfc()
    {
        var user = Trail.NewUser("mz");
        var stated = " 低保复核（Re\u0301sume\u0301）\u3000"; // NFD accents, surrounded by white space

        var (status, body) = await Post(user, Json(DataQuery), header: Uri.EscapeDataString(stated));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.Root.TryGetProperty("errors", out _), body.Root.ToString());
        Assert.Equal(2, body.Root.GetProperty("data").GetProperty("subsistenceAllowances").GetProperty("nodes").GetArrayLength());
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal("低保复核（R\u00E9sum\u00E9）", record.Purpose);
        Assert.Equal(AuditOutcome.Allowed, record.Outcome);
    }

    [Fact]
    public async Task A_malformed_json_refusal_records_the_purpose_of_its_header()
    {
        var user = Trail.NewUser("mz");

        var (status, body) = await Post(
            user,
            """{"query": "{ subsistenceAllowances(first: 1) { nodes""",
            header: "%E4%BD%8E%E4%BF%9D%E6%A0%B8%E6%9F%A5%20"
        ); // "低保核查 "

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MALFORMED_JSON"], body.ErrorCodes);
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal((AuditOutcome.Rejected, "低保核查"), (record.Outcome, record.Purpose));
        Assert.Equal(["MALFORMED_JSON"], record.Codes);
    }

    [Fact]
    public async Task A_malformed_json_refusal_records_no_purpose_when_its_header_is_invalid()
    {
        var user = Trail.NewUser("mz");

        var (status, _) = await Post(user, "not json", header: "%00");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal(["MALFORMED_JSON"], record.Codes);
        Assert.Null(record.Purpose);
    }

    private static void AssertRefused(HttpStatusCode status, GraphQLReply body, HttpStatusCode expected)
    {
        Assert.True(expected == status, $"Expected {(int)expected}, got {(int)status}: {body.Root}");
        Assert.False(body.Root.TryGetProperty("data", out _), $"A refused request returns no data: {body.Root}");
        Assert.Equal(["INVALID_PURPOSE"], body.ErrorCodes);
    }

    private static string Json(string query, string? purpose = null) => GraphQLRequests.Body(query, purpose: purpose);

    private async Task<(HttpStatusCode Status, GraphQLReply Body)> Post(
        string user,
        string json,
        string? header = null,
        string accept = GraphQLRequests.GraphQLResponse
    )
    {
        var headers = header is null ? null : new Dictionary<string, string> { ["X-Data-Purpose"] = header };
        var reply = await server.SendWithToken(AuditHttp.Token(server, user, "TJ-MZ"), json, accept, headers);
        return (reply.Status, reply);
    }
}
