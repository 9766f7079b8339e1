using System.Text.Json;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Reads;

/// <summary>
/// docs/data-in.md ("Incremental reads"): a record an approved deletion hid (<see cref="ReadServers.MarkDeletedAsync"/>, as the
/// approval does) is gone from every read through the real GraphQL endpoint — by key, lists and their totalCount, links, reverse
/// connections and masked lookups — while its neighbours stay, on SQLite and PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DeletedRecordsTests(PostgresServerFixture postgres)
{
    private const string ByKey =
        "query($a: String!, $b: String!) { a: householdPerson(idNumber: $a) { idNumber } "
        + "b: householdPerson(idNumber: $b) { idNumber } }";
    private const string Listed =
        "query($ids: [String!]) { householdPeople(where: { idNumber: { in: $ids } }) { totalCount "
        + "nodes { idNumber } } all: householdPeople { totalCount } }";
    private const string Links =
        "query($a: String!, $b: String!) { a: marketEntity(creditCode: $a) { legalRepPerson { street } } "
        + "b: marketEntity(creditCode: $b) { legalRepPerson { street } } }";
    private const string Reverse =
        "query($m: String!) { marketEntity(creditCode: $m) { taxPayments(first: 100) { totalCount " + "nodes { paymentId } } } }";
    private const string Lookup =
        "query($id: String) { householdPeople(where: { idNumber: { eq: $id } }) { totalCount " + "nodes { name } } }";

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_deleted_record_is_gone_from_every_read_path_and_its_neighbour_stays(DatabaseProvider provider)
    {
        await using var server = await ReadServers.StartAsync(provider, postgres);
        var people = ReadServers.Keys(
            (await server.DataOf("TJ-GA", "{ householdPeople(first: 2) { nodes { idNumber } } }")).GetProperty("householdPeople"),
            "idNumber"
        );
        var entities = ReadServers.Keys(
            (await server.DataOf("TJ-SCJG", "{ marketEntities(first: 2) { nodes { creditCode } } }")).GetProperty("marketEntities"),
            "creditCode"
        );
        var payments = ReadServers.Keys(
            (await server.DataOf("TJ-SW", "{ taxPayments(first: 2) { nodes { paymentId } } }")).GetProperty("taxPayments"),
            "paymentId"
        );
        var (gone, kept) = (people[0], people[1]);
        var (linksGone, linksKept) = (entities[0], entities[1]);
        // The links and the reverse connection are made explicit, whatever the seed drew.
        await server.UpsertAsync("market_entity", linksGone, ("legal_rep_id", gone));
        await server.UpsertAsync("market_entity", linksKept, ("legal_rep_id", kept));
        await server.UpsertAsync("tax_payment", payments[0], ("taxpayer_id", linksKept));
        await server.UpsertAsync("tax_payment", payments[1], ("taxpayer_id", linksKept));
        var before = await server.DataOf("TJ-GA", Listed, new { ids = new[] { gone, kept } });
        var reverseBefore = await server.DataOf("TJ-SCJG", Reverse, new { m = linksKept });
        Assert.Equal(2, before.GetProperty("householdPeople").GetProperty("totalCount").GetInt32());
        Assert.Contains(payments[0], ReverseKeys(reverseBefore));

        await server.MarkDeletedAsync("household_person", gone);
        await server.MarkDeletedAsync("tax_payment", payments[0]);

        var byKey = await server.DataOf("TJ-GA", ByKey, new { a = gone, b = kept });
        Assert.Equal(JsonValueKind.Null, byKey.GetProperty("a").ValueKind);
        Assert.Equal(kept, byKey.GetProperty("b").GetProperty("idNumber").GetString());

        var listed = await server.DataOf("TJ-GA", Listed, new { ids = new[] { gone, kept } });
        Assert.Equal(1, listed.GetProperty("householdPeople").GetProperty("totalCount").GetInt32());
        Assert.Equal([kept], ReadServers.Keys(listed.GetProperty("householdPeople"), "idNumber"));
        Assert.Equal(
            before.GetProperty("all").GetProperty("totalCount").GetInt32() - 1,
            listed.GetProperty("all").GetProperty("totalCount").GetInt32()
        );

        var links = await server.DataOf("TJ-SCJG", Links, new { a = linksGone, b = linksKept });
        Assert.Equal(JsonValueKind.Null, links.GetProperty("a").GetProperty("legalRepPerson").ValueKind);
        Assert.Equal(JsonValueKind.Object, links.GetProperty("b").GetProperty("legalRepPerson").ValueKind);

        var reverse = await server.DataOf("TJ-SCJG", Reverse, new { m = linksKept });
        Assert.DoesNotContain(payments[0], ReverseKeys(reverse));
        Assert.Contains(payments[1], ReverseKeys(reverse));
        Assert.Equal(ReverseCount(reverseBefore) - 1, ReverseCount(reverse));
        Assert.Equal(ReverseKeys(reverse).Count, ReverseCount(reverse));

        // TJ-MZ reads ID numbers masked: eq on the lookup key is a lookup, and the deleted person is a miss.
        var lookupGone = await server.DataOf("TJ-MZ", Lookup, new { id = gone });
        var lookupKept = await server.DataOf("TJ-MZ", Lookup, new { id = kept });
        Assert.Equal(0, lookupGone.GetProperty("householdPeople").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, lookupGone.GetProperty("householdPeople").GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, lookupKept.GetProperty("householdPeople").GetProperty("totalCount").GetInt32());
        server.AssertNoSqlViolations();
    }

    private static List<string> ReverseKeys(JsonElement data) =>
        ReadServers.Keys(data.GetProperty("marketEntity").GetProperty("taxPayments"), "paymentId");

    private static int ReverseCount(JsonElement data) =>
        data.GetProperty("marketEntity").GetProperty("taxPayments").GetProperty("totalCount").GetInt32();
}
