using System.Net;
using System.Text.Json.Nodes;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>
/// docs/errors.md: hostile input against the real server process (Kestrel on 127.0.0.1, its limits
/// included). Each case asserts its status and error code, that no 500 occurred and that the body is JSON
/// that leaks nothing.
/// </summary>
[Trait("Category", "Hostile")]
public sealed class HostileInputTests(HostileServer server) : IClassFixture<HostileServer>
{
    private static readonly Dictionary<string, HostileCase> Cases = JsonCases
        .All.Concat(DocumentCases.All)
        .Concat(PurposeCases.All)
        .Concat(TokenCases.All)
        .ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names => new(Cases.Keys);

    public static TheoryData<string, string> Injections
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var value in SqlInjectionValues)
            {
                foreach (var op in new[] { "eq", "contains", "startsWith", "in" })
                {
                    data.Add(op, value);
                }
            }

            return data;
        }
    }

    private static IEnumerable<string> SqlInjectionValues =>
        ["' OR 1=1 --", "\"; DROP TABLE ds_market_entity; --", "%' OR '1'='1", "x'); DELETE FROM ds_market_entity; --", "_%"];

    [Fact]
    public void The_suite_has_at_least_forty_cases() => Assert.True(Cases.Count >= 40, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_hostile_request_gets_its_code_and_never_a_500(string name)
    {
        var hostile = Cases[name];

        var reply = await server.SendAsync(hostile.Build(server));

        HostileAssert.Answered(reply, hostile.Status, hostile.Code, name, server.Process.DataFolder);
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task A_sql_injection_looking_filter_value_finds_nothing_and_breaks_nothing(string op, string value)
    {
        var before = await CountAsync();
        JsonNode filter = op == "in" ? new JsonArray(value, value + "'") : value;
        var where = new JsonObject { ["name"] = new JsonObject { [op] = filter } };
        var query =
            "query($where: MarketEntityFilterInput) { "
            + "marketEntities(first: "
            + "100, where: "
            + "$where) { "
            + "totalCount nodes { "
            + "creditCode "
            + "name } } }";

        var reply = await server.SendAsync(new(HostileCase.Body(query, new JsonObject { ["where"] = where }), server.Provider));

        HostileAssert.Answered(reply, HttpStatusCode.OK, null, $"{op} {value}", server.Process.DataFolder);
        Assert.Equal(0, reply.Nodes("marketEntities"));
        Assert.True(before > 0, "the sample has market entities");
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        var reply = await server.SendAsync(
            new(HostileCase.Body("{ marketEntities(first: 100) { " + "totalCount nodes { " + "creditCode } } }"), server.Provider)
        );
        HostileAssert.Answered(reply, HttpStatusCode.OK, null, "the table is still there", server.Process.DataFolder);
        return reply.Nodes("marketEntities");
    }
}
