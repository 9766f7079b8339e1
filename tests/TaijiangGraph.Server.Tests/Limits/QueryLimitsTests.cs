using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Limits;

/// <summary>
/// Each query limit at its default: a request at the limit runs; one over it is rejected before execution with the
/// limit's code — 400 for <c>application/graphql-response+json</c>, 200 for <c>application/json</c> — and reads no data.
/// </summary>
public sealed class QueryLimitsTests(LimitsServer server) : IClassFixture<LimitsServer>
{
    private const string Strict = GraphQLRequests.GraphQLResponse;
    private const string Json = "application/json";

    public static TheoryData<string, string, string> OverLimit =>
        new()
        {
            { "depth 16", LimitQueries.Depth(16), "MAX_DEPTH" },
            { "depth 100 (stopped by the parser)", LimitQueries.Depth(100), "MAX_DEPTH" },
            { "complexity 30,302", LimitQueries.Nested(first: 100, fields: 3), "COMPLEXITY" },
            { "101 aliases", LimitQueries.Aliases(101), "MAX_ALIASES" },
            { "10,000 aliases", LimitQueries.Aliases(10_000), "QUERY_TOO_LARGE" },
            { "32 KB + 1", LimitQueries.Length(32 * 1024 + 1), "QUERY_TOO_LARGE" },
            { "5,001 tokens", LimitQueries.Tokens(5_001), "QUERY_TOO_LARGE" },
        };

    public static TheoryData<string, string> AtLimit =>
        new()
        {
            { "depth 15", LimitQueries.Depth(15) },
            { "complexity 20,302", LimitQueries.Nested(first: 100, fields: 2) },
            { "100 aliases", LimitQueries.Aliases(100) },
            { "32 KB", LimitQueries.Length(32 * 1024) },
            { "5,000 tokens", LimitQueries.Tokens(5_000) },
            { "one @include", LimitQueries.Directives(1) },
        };

    [Theory]
    [MemberData(nameof(AtLimit))]
    public async Task A_request_at_the_limit_runs(string limit, string query)
    {
        var reply = await server.Query(query);

        Assert.True(reply.Status == HttpStatusCode.OK && reply.Errors.Count == 0, $"{limit}: {(int)reply.Status} {Truncate(reply.Text)}");
        Assert.True(reply.HasData, limit);
    }

    [Theory]
    [MemberData(nameof(OverLimit))]
    public async Task A_request_over_the_limit_is_rejected_before_any_data_is_read(string limit, string query, string code)
    {
        var before = server.Commands.Count;

        var strict = await server.Query(query, Strict);
        var json = await server.Query(query, Json);

        AssertRejected(strict, HttpStatusCode.BadRequest, code, limit);
        AssertRejected(json, HttpStatusCode.OK, code, limit);
        Assert.Equal(before, server.Commands.Count);
    }

    [Fact]
    public async Task The_limit_runs_on_resolved_variables_for_a_cached_document()
    {
        const string query =
            "query($n: Int) { socialInsuranceRecords(first: $n) "
            + "{ nodes { "
            + "employer { "
            + "insuredEmployees(first: $n) { "
            + "nodes { recordId status insuranceType } } } } } }";
        var small = await server.Send(Body(query, 2), Strict);
        var before = server.Commands.Count;
        var large = await server.Send(Body(query, 100), Strict);

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.Empty(small.Errors);
        AssertRejected(large, HttpStatusCode.BadRequest, "COMPLEXITY", "complexity via variables");
        Assert.Equal(before, server.Commands.Count);
    }

    [Fact]
    public async Task A_hundred_repeated_directives_on_one_field_are_rejected_cleanly()
    {
        var before = server.Commands.Count;

        var strict = await server.Query(LimitQueries.Directives(100), Strict);
        var json = await server.Query(LimitQueries.Directives(100), Json);

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(HttpStatusCode.OK, json.Status);
        Assert.False(strict.HasData);
        Assert.All(strict.Errors, e => Assert.Equal("UNIQUE_DIRECTIVES_PER_LOCATION", GraphQLReply.Extension(e, "code")));
        Assert.NotEmpty(strict.Errors);
        Assert.Equal(before, server.Commands.Count);
    }

    [Fact]
    public async Task A_GET_nested_beyond_the_parser_depth_gets_MAX_DEPTH_not_a_500()
    {
        var reply = await server.Get(LimitQueries.Depth(100));

        AssertRejected(reply, HttpStatusCode.BadRequest, "MAX_DEPTH", "GET depth 100");
    }

    [Fact]
    public async Task A_batch_at_the_limit_runs()
    {
        var reply = await server.Send(LimitQueries.Batch(20), Strict);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(20, reply.Root.GetArrayLength());
        Assert.All(reply.Root.EnumerateArray(), r => Assert.False(r.TryGetProperty("errors", out _), r.ToString()));
    }

    [Theory]
    [InlineData(Strict)]
    [InlineData(Json)]
    public async Task A_batch_over_the_limit_is_rejected_before_any_data_is_read(string accept)
    {
        var before = server.Commands.Count;

        var reply = await server.Send(LimitQueries.Batch(21), accept);

        AssertRejected(reply, HttpStatusCode.BadRequest, "BATCH_TOO_LARGE", "batch of 21");
        Assert.Equal(before, server.Commands.Count);
    }

    [Fact]
    public async Task A_body_just_under_one_megabyte_runs()
    {
        var reply = await server.Send(PaddedBody(1024 * 1024), Strict);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Errors);
    }

    [Theory]
    [InlineData(Strict)]
    [InlineData(Json)]
    public async Task A_body_over_one_megabyte_gets_413_with_a_json_body(string accept)
    {
        var before = server.Commands.Count;

        var reply = await server.Send(PaddedBody(1024 * 1024 + 1), accept);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal(accept, reply.MediaType);
        Assert.Equal("REQUEST_TOO_LARGE", GraphQLReply.Extension(Assert.Single(reply.Errors), "code"));
        Assert.Equal(before, server.Commands.Count);
    }

    private static void AssertRejected(GraphQLReply reply, HttpStatusCode status, string code, string limit)
    {
        Assert.True(reply.Status == status, $"{limit}: expected {(int)status}, got {(int)reply.Status} {Truncate(reply.Text)}");
        Assert.False(reply.HasData && reply.Root.GetProperty("data").ValueKind != JsonValueKind.Null, limit);
        Assert.Contains(code, reply.Errors.Select(e => GraphQLReply.Extension(e, "code")));
    }

    private static string Body(string query, int n) => GraphQLRequests.Body(query, new { n });

    /// <summary>A data read whose UTF-8 body is exactly <paramref name="bytes"/> long (padding in an unused extension).</summary>
    private static string PaddedBody(int bytes)
    {
        var empty = JsonSerializer.Serialize(new { query = LimitQueries.DataRead, extensions = new { purpose = "padding", pad = "" } });
        return JsonSerializer.Serialize(
            new { query = LimitQueries.DataRead, extensions = new { purpose = "padding", pad = new string('x', bytes - empty.Length) } }
        );
    }

    private static string Truncate(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
