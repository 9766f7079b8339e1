using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Lookups;

/// <summary>
/// The lookup budget (docs/policy.md): values looked up on a masked lookup key that match no visible record are
/// misses, at most 30 per user per rolling 24 hours; a request reserves its values before any data is read and
/// hits are refunded, so verifying real people never runs out while enumeration stops.
/// </summary>
public sealed class LookupBudgetTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string Purpose = "最低生活保障资格核查";
    private const string InList = "query($ids: [String!]) { householdPeople(where: { idNumber: { in: $ids } }) { totalCount } }";

    [Fact]
    public async Task Twenty_lookups_of_existing_people_repeated_ten_times_are_all_answered()
    {
        var ids = await ExistingIds(20);
        for (var round = 0; round < 10; round++)
        {
            var reply = await Ask("u-budget-hits", LookupCandidates.ByKeyAliases(ids));

            Assert.True(reply.Status == HttpStatusCode.OK, reply.Text);
            Assert.Empty(reply.Errors);
            Assert.Equal(20, Enumerable.Range(0, 20).Count(i => reply.Data.GetProperty($"p{i}").ValueKind == JsonValueKind.Object));
        }

        Assert.Equal(0, await ChargedMisses("u-budget-hits"));
    }

    [Fact]
    public async Task Misses_stop_at_30_and_the_refused_request_reads_no_data()
    {
        const string user = "u-budget-misses";
        Assert.Equal(HttpStatusCode.OK, (await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(20)))).Status);
        var commands = server.Sql.Commands.Count;

        var refused = await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(20, offset: 20)));

        AssertExhausted(refused);
        Assert.Equal(commands, server.Sql.Commands.Count);
        Assert.Equal(HttpStatusCode.OK, (await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(10, offset: 40)))).Status);
        AssertExhausted(await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(1, offset: 50))));
        AssertExhausted(await Ask(user, LookupCandidates.ByKeyAliases(await ExistingIds(1)))); // the reservation must fit, hit or not
        Assert.Equal(30, await ChargedMisses(user));

        var other = await Ask(user, "{ householdPeople(first: 2) { nodes { street } } }");
        Assert.Empty(other.Errors);
        var colleague = await Ask("u-budget-colleague", LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(5)));
        Assert.Equal(HttpStatusCode.OK, colleague.Status);
    }

    [Fact]
    public async Task Or_branches_in_lists_and_batched_operations_count_every_value()
    {
        const string user = "u-budget-shapes";
        var existing = (await ExistingIds(1))[0];
        var or = await Ask(
            user,
            "query($ids: [String!], $id: String) { "
                + "householdPeople(where: "
                + "{ or: [{ "
                + "idNumber: { in: "
                + "$ids } }, { "
                + "idNumber: { eq: $id } }] }) { totalCount } }",
            new { ids = LookupCandidates.Unknown(10), id = existing }
        );
        Assert.Equal(1, or.Data.GetProperty("householdPeople").GetProperty("totalCount").GetInt32());
        Assert.Equal(10, await ChargedMisses(user));

        var batch =
            "["
            + GraphQLRequests.Body(InList, JsonSerializer.Serialize(new { ids = LookupCandidates.Unknown(10, offset: 10) }), Purpose)
            + ","
            + GraphQLRequests.Body(InList, JsonSerializer.Serialize(new { ids = LookupCandidates.Unknown(10, offset: 20) }), Purpose)
            + "]";
        var batched = await AskRaw(user, batch);
        Assert.All(batched.Root.EnumerateArray(), r => Assert.True(r.TryGetProperty("data", out _)));
        Assert.Equal(30, await ChargedMisses(user));

        AssertExhausted(await Ask(user, InList, new { ids = LookupCandidates.Unknown(1, offset: 30) }));
    }

    [Fact]
    public async Task Misses_are_judged_per_value_in_the_callers_row_scope_whatever_else_the_filter_says()
    {
        const string user = "u-budget-scope";
        var allowances = await AsProvider("{ subsistenceAllowances(first: 100) { nodes { idNumber street } } }", "subsistenceAllowances");
        var inScope = allowances.First(a => a.GetProperty("street").GetString() == "苍霞").GetProperty("idNumber").GetString()!;
        var outOfScope = allowances.First(a => a.GetProperty("street").GetString() != "苍霞").GetProperty("idNumber").GetString()!;
        const string query =
            "query($id: String) { "
            + "subsistenceAllowances(where: { "
            + "caseNo: { eq: "
            + "\"no-such-case\" }, "
            + "idNumber: "
            + "{ eq: $id "
            + "} }) { totalCount } }";

        var hit = await Ask(user, query, new { id = inScope }, "TJ-RS");
        var miss = await Ask(user, query, new { id = outOfScope }, "TJ-RS");

        Assert.Equal(0, hit.Data.GetProperty("subsistenceAllowances").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, miss.Data.GetProperty("subsistenceAllowances").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, await ChargedMisses(user)); // a value outside the grant's row scope is no record the caller can see
    }

    [Fact]
    public async Task The_budget_frees_up_as_the_24_hour_window_rolls()
    {
        const string user = "u-budget-window";
        await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(20)));
        await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(10, offset: 20)));
        AssertExhausted(await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(1, offset: 30))));

        server.Clock.Advance(TimeSpan.FromHours(24));

        Assert.Equal(HttpStatusCode.OK, (await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(1, offset: 30)))).Status);
    }

    [Fact]
    public async Task An_exhausted_budget_is_reported_once_per_window_to_the_bureau_and_the_provider_only()
    {
        const string user = "u-budget-event";
        await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(20)));
        await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(10, offset: 20)));
        AssertExhausted(await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(5, offset: 30))));
        AssertExhausted(await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(5, offset: 35))));

        const string events = "{ governanceEvents(kind: \"LOOKUP_ENUMERATION_SUSPECTED\") { subject resource after } }";
        var bureau = Events(await server.Query("TJ-DSJ", events), user);
        var provider = Events(await server.Query("TJ-GA", events), user);
        var other = Events(await server.Query("TJ-SCJG", events), user);

        var seen = Assert.Single(bureau);
        Assert.Equal("household_person", seen.GetProperty("resource").GetString());
        using var after = JsonDocument.Parse(seen.GetProperty("after").GetString()!);
        Assert.Equal("TJ-MZ", after.RootElement.GetProperty("department").GetString());
        Assert.Equal("id_number", after.RootElement.GetProperty("item").GetString());
        Assert.Equal(30, after.RootElement.GetProperty("misses").GetInt32());
        Assert.Equal(seen.GetRawText(), Assert.Single(provider).GetRawText());
        Assert.Empty(other);
    }

    [Fact]
    public async Task An_app_principal_counts_against_its_own_budget_not_its_users()
    {
        const string user = "u-budget-app";
        await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(20)));
        await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(10, offset: 20)));
        AssertExhausted(await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(1, offset: 30))));

        var app = server.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, "TJ-MZ", ["department"], app: "mz-verify");
        for (var i = 0; i < 3; i++)
        {
            var reply = await AskRaw(
                user,
                GraphQLRequests.Body(LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(20, offset: 100 + (20 * i))), null, Purpose),
                app
            );
            Assert.True(reply.Status == HttpStatusCode.OK, reply.Text);
        }

        AssertExhausted(await Ask(user, LookupCandidates.ByKeyAliases(LookupCandidates.Unknown(1, offset: 31))));
        Assert.Equal(60, await ChargedMisses(user, app: "mz-verify"));
    }

    internal static void AssertExhausted(GraphQLReply reply)
    {
        Assert.True(reply.Status == HttpStatusCode.BadRequest, $"Expected 400, got {(int)reply.Status}: {reply.Text}");
        Assert.False(reply.HasData);
        Assert.Equal("LOOKUP_BUDGET_EXHAUSTED", GraphQLReply.Extension(Assert.Single(reply.Errors), "code"));
    }

    private static List<JsonElement> Events(GraphQLReply reply, string user)
    {
        Assert.Empty(reply.Errors);
        return reply
            .Data.GetProperty("governanceEvents")
            .EnumerateArray()
            .Where(e => e.GetProperty("subject").GetString() == $"TJ-MZ/user:{user}")
            .ToList();
    }

    private Task<GraphQLReply> Ask(string user, string query, object? variables = null, string department = "TJ-MZ") =>
        AskRaw(
            user,
            GraphQLRequests.Body(query, variables is null ? null : JsonSerializer.Serialize(variables), Purpose),
            server.Token(user, department, "department")
        );

    private Task<GraphQLReply> AskRaw(string user, string json, string? token = null) =>
        server.SendWithToken(token ?? server.Token(user, "TJ-MZ", "department"), json, GraphQLRequests.GraphQLResponse);

    private async Task<IReadOnlyList<string>> ExistingIds(int count) =>
        (await AsProvider($"{{ householdPeople(first: {count}) {{ nodes {{ idNumber }} }} }}", "householdPeople"))
            .Select(p => p.GetProperty("idNumber").GetString()!)
            .ToList();

    private async Task<IReadOnlyList<JsonElement>> AsProvider(string query, string field)
    {
        var provider = field == "householdPeople" ? "TJ-GA" : "TJ-MZ";
        var reply = await server.Query(provider, query);
        Assert.Empty(reply.Errors);
        return reply.Data.GetProperty(field).GetProperty("nodes").EnumerateArray().ToList();
    }

    /// <summary>What the budget charged a user (or its app) so far, read from the governance database file.</summary>
    private async Task<long> ChargedMisses(string user, string? app = null)
    {
        await using var connection = new SqliteConnection(
            $"Data Source={Path.Combine(server.DataFolder, "taijiang.db")};Mode=ReadOnly;Pooling=False"
        );
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT coalesce(sum(coalesce(misses, reserved)), 0) FROM lookup_charges WHERE user_id = $user AND "
            + (app is null ? "app IS NULL" : "app = $app");
        command.Parameters.AddWithValue("$user", user);
        command.Parameters.AddWithValue("$app", (object?)app ?? DBNull.Value);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
