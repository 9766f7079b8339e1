using System.Globalization;
using System.Text.Json;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Reads;

/// <summary>
/// docs/data-in.md ("Incremental reads") on SQLite and PostgreSQL, with the pinned clock moved between versioned writes:
/// <c>updatedSince</c> returns exactly the records changed strictly after the instant (top-level and reverse connections, with
/// their totalCount), <c>recordInfo</c> shows their versions and change times, the argument composes with where, order, first and
/// after, a cursor is bound to it, and the sharing rules stay as they are (masked stays masked, denied stays denied).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class UpdatedSinceTests(PostgresServerFixture postgres)
{
    private const string Changed =
        "query($since: DateTime) { householdPeople(updatedSince: $since, first: 100) { totalCount "
        + "nodes { idNumber recordInfo { version updatedAt } } } }";

    private static readonly DateTimeOffset T0 = TaijiangServerFactory.Now;
    private static readonly DateTimeOffset T1 = T0.AddHours(1);
    private static readonly DateTimeOffset T2 = T0.AddHours(2);

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdatedSince_returns_exactly_the_records_changed_after_the_instant_with_their_versions(DatabaseProvider provider)
    {
        await using var server = await ReadServers.StartAsync(provider, postgres);
        var p = await PeopleAsync(server);
        await WriteTimelineAsync(server, p);

        var sinceT0 = await ChangedAsync(server, T0);
        var justBeforeT1 = await ChangedAsync(server, T1.AddTicks(-10));
        var sinceT1 = await ChangedAsync(server, T1);
        var sinceT2 = await ChangedAsync(server, T2);
        var unchanged = await server.DataOf(
            "TJ-GA",
            "query($id: String!) { householdPerson(idNumber: $id) { recordInfo { version updatedAt } } }",
            new { id = p[3] }
        );

        Assert.Equal(
            new Dictionary<string, (int, DateTimeOffset)>
            {
                [p[0]] = (3, T2),
                [p[1]] = (2, T1),
                [p[2]] = (2, T2),
            },
            sinceT0
        );
        Assert.Equal(sinceT0, justBeforeT1);
        Assert.Equal(new Dictionary<string, (int, DateTimeOffset)> { [p[0]] = (3, T2), [p[2]] = (2, T2) }, sinceT1);
        Assert.Empty(sinceT2);
        Assert.Equal((1, T0), Info(unchanged.GetProperty("householdPerson").GetProperty("recordInfo")));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdatedSince_composes_with_where_order_first_after_and_binds_the_cursor(DatabaseProvider provider)
    {
        await using var server = await ReadServers.StartAsync(provider, postgres);
        var p = await PeopleAsync(server);
        await WriteTimelineAsync(server, p);
        const string Page =
            "query($since: DateTime, $ids: [String!], $after: String) { householdPeople(updatedSince: $since, "
            + "where: { idNumber: { in: $ids } }, order: [{ idNumber: DESC }], first: 1, after: $after) { totalCount "
            + "pageInfo { hasNextPage endCursor } nodes { idNumber } } }";
        var ids = new[] { p[0], p[1], p[3] };

        var first = (await server.DataOf("TJ-GA", Page, new { since = T0, ids })).GetProperty("householdPeople");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (
            await server.DataOf(
                "TJ-GA",
                Page,
                new
                {
                    since = T0,
                    ids,
                    after = cursor,
                }
            )
        ).GetProperty("householdPeople");
        var otherInstant = await server.Query(
            "TJ-GA",
            Page,
            new
            {
                since = T1,
                ids,
                after = cursor,
            }
        );
        var withoutIt = await server.Query(
            "TJ-GA",
            Page,
            new
            {
                since = (DateTimeOffset?)null,
                ids,
                after = cursor,
            }
        );

        string[] expected = [.. new[] { p[0], p[1] }.OrderDescending(StringComparer.Ordinal)];
        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        Assert.Equal([expected[0]], ReadServers.Keys(first, "idNumber"));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([expected[1]], ReadServers.Keys(second, "idNumber"));
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["INVALID_CURSOR"], otherInstant.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], withoutIt.ErrorCodes);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdatedSince_on_a_reverse_connection_returns_exactly_the_referencing_records_changed_after_it(
        DatabaseProvider provider
    )
    {
        await using var server = await ReadServers.StartAsync(provider, postgres);
        var entity = ReadServers
            .Keys(
                (await server.DataOf("TJ-SCJG", "{ marketEntities(first: 1) { nodes { creditCode } } }")).GetProperty("marketEntities"),
                "creditCode"
            )
            .Single();
        var payments = ReadServers.Keys(
            (await server.DataOf("TJ-SW", "{ taxPayments(first: 2) { nodes { paymentId } } }")).GetProperty("taxPayments"),
            "paymentId"
        );
        server.Clock.SetUtcNow(T1);
        await server.UpsertAsync("tax_payment", payments[0], ("taxpayer_id", entity), ("credit_grade", "D"));
        server.Clock.SetUtcNow(T2);
        await server.UpsertAsync("tax_payment", payments[1], ("taxpayer_id", entity), ("credit_grade", "D"));
        const string Reverse =
            "query($m: String!, $since: DateTime) { marketEntity(creditCode: $m) { "
            + "taxPayments(updatedSince: $since, first: 100) { totalCount nodes { paymentId recordInfo { updatedAt } } } } }";

        var sinceT0 = await server.DataOf("TJ-SCJG", Reverse, new { m = entity, since = T0 });
        var sinceT1 = await server.DataOf("TJ-SCJG", Reverse, new { m = entity, since = T1 });

        Assert.Equal(payments.Order(StringComparer.Ordinal), ReversePayments(sinceT0).Order(StringComparer.Ordinal));
        Assert.Equal(2, ReverseTotal(sinceT0));
        Assert.Equal([payments[1]], ReversePayments(sinceT1));
        Assert.Equal(1, ReverseTotal(sinceT1));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_masked_item_stays_masked_and_a_denied_item_denied_in_an_updatedSince_read(DatabaseProvider provider)
    {
        await using var server = await ReadServers.StartAsync(provider, postgres);
        var p = await PeopleAsync(server);
        await WriteTimelineAsync(server, p);

        // TJ-MZ reads ID numbers masked and may not read the not-shared marital status (docs/sample-world.md).
        var reply = await server.Query(
            "TJ-MZ",
            "query($since: DateTime) { householdPeople(updatedSince: $since) { totalCount nodes { idNumber maritalStatus "
                + "recordInfo { version } } } }",
            new { since = T1 }
        );

        var page = reply.Data.GetProperty("householdPeople");
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        var nodes = page.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, n => Assert.Matches("^350103\\*{8}[0-9]{3}[0-9X]$", n.GetProperty("idNumber").GetString()));
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("maritalStatus").ValueKind));
        Assert.Equal([2, 3], nodes.Select(n => n.GetProperty("recordInfo").GetProperty("version").GetInt32()).Order());
        Assert.NotEmpty(reply.ErrorCodes);
        Assert.All(reply.ErrorCodes, c => Assert.Equal("FORBIDDEN_NOT_SHARED", c));
        Assert.Equal(
            new[] { p[0], p[2] }.Select(Mask).Order(StringComparer.Ordinal),
            nodes.Select(n => n.GetProperty("idNumber").GetString()!).Order(StringComparer.Ordinal)
        );
    }

    /// <summary>Four people by ID number, in order.</summary>
    private static async Task<List<string>> PeopleAsync(TaijiangServerFactory server) =>
        ReadServers.Keys(
            (await server.DataOf("TJ-GA", "{ householdPeople(first: 4) { nodes { idNumber } } }")).GetProperty("householdPeople"),
            "idNumber"
        );

    /// <summary>At T1 people 0 and 1 change (version 2), at T2 people 0 (version 3) and 2 (version 2); person 3 stays as seeded.</summary>
    private static async Task WriteTimelineAsync(TaijiangServerFactory server, List<string> p)
    {
        server.Clock.SetUtcNow(T1);
        Assert.Equal(2, await server.UpsertAsync("household_person", p[0], ("ethnicity", "变更一")));
        Assert.Equal(2, await server.UpsertAsync("household_person", p[1], ("ethnicity", "变更一")));
        server.Clock.SetUtcNow(T2);
        Assert.Equal(3, await server.UpsertAsync("household_person", p[0], ("ethnicity", "变更二")));
        Assert.Equal(2, await server.UpsertAsync("household_person", p[2], ("ethnicity", "变更二")));
    }

    private static async Task<Dictionary<string, (int, DateTimeOffset)>> ChangedAsync(TaijiangServerFactory server, DateTimeOffset since)
    {
        var page = (await server.DataOf("TJ-GA", Changed, new { since })).GetProperty("householdPeople");
        var nodes = page.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(nodes.Count, page.GetProperty("totalCount").GetInt32());
        return nodes.ToDictionary(n => n.GetProperty("idNumber").GetString()!, n => Info(n.GetProperty("recordInfo")));
    }

    private static (int, DateTimeOffset) Info(JsonElement recordInfo) =>
        (
            recordInfo.GetProperty("version").GetInt32(),
            DateTimeOffset.Parse(recordInfo.GetProperty("updatedAt").GetString()!, CultureInfo.InvariantCulture)
        );

    private static string Mask(string id) => id[..6] + new string('*', 8) + id[14..];

    private static List<string> ReversePayments(JsonElement data) =>
        ReadServers.Keys(data.GetProperty("marketEntity").GetProperty("taxPayments"), "paymentId");

    private static int ReverseTotal(JsonElement data) =>
        data.GetProperty("marketEntity").GetProperty("taxPayments").GetProperty("totalCount").GetInt32();
}
