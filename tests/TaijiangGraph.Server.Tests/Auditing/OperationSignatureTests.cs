using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// The trail records an operation by its signature (docs/audit.md): queries that differ only in an ID number — as a literal
/// or as an alias — store the same signature and hash, and the ID number is nowhere in the trail's rows or in auditLog.
/// </summary>
public sealed class OperationSignatureTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string First = "350103199803034649";
    private const string Second = "350103198506121231";
    private const string Signature = """query { householdPerson(idNumber: "") { name } }""";

    private string AuditFile => Path.Combine(server.DataFolder, "audit.db");

    [Fact]
    public async Task Two_queries_differing_only_in_the_id_literal_store_one_signature_and_neither_id_number()
    {
        var user = Trail.NewUser("mz");
        var token = AuditHttp.Token(server, user, "TJ-MZ");

        await Ok(AuditHttp.Post(server, token, $$"""{ householdPerson(idNumber: "{{First}}") { name } }"""));
        await Ok(
            AuditHttp.Post(server, token, $$"""query Check { householdPerson(idNumber: "{{Second}}") { name } }""", operationName: "Check")
        );

        var records = await Trail.OfUser(server, user);
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal((Signature, Signatures.HashOf(Signature)), (r.OperationSignature, r.SignatureHash)));
        Assert.All(records, r => Assert.Null(r.DocumentHash));
        Assert.Equal([null, "Check"], records.Select(r => r.OperationName));
        await AssertNowhereInTheTrail(user, First, Second);
    }

    [Fact]
    public async Task An_alias_named_after_the_id_number_is_not_recorded()
    {
        var user = Trail.NewUser("mz");
        var token = AuditHttp.Token(server, user, "TJ-MZ");

        await Ok(AuditHttp.Post(server, token, $$"""{ p{{First}}: householdPerson(idNumber: "{{First}}") { n{{First}}: name } }"""));
        await Ok(AuditHttp.Post(server, token, $$"""{ householdPerson(idNumber: "{{Second}}") { name } }"""));

        var records = await Trail.OfUser(server, user);
        Assert.Equal(2, records.Count);
        Assert.Single(records.Select(r => r.SignatureHash).Distinct());
        Assert.Equal(Signature, records[0].OperationSignature);
        await AssertNowhereInTheTrail(user, First, Second);
    }

    [Fact]
    public async Task A_query_refused_by_the_data_access_rule_is_recorded_with_its_signature()
    {
        var user = Trail.NewUser("jy");

        var body = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, user, "TJ-JY"),
            $$"""{ householdPeople(where: { idNumber: { eq: "{{First}}" }, name: { eq: "某某" } }) { nodes { street } } }"""
        );

        Assert.Contains("FORBIDDEN_FILTER", body.ErrorCodes);
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal(
            """query { householdPeople(where: {idNumber: {eq: ""}, name: {eq: ""}}) { nodes { street } } }""",
            record.OperationSignature
        );
        await AssertNowhereInTheTrail(user, First);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_gets_no_signature_since_its_names_may_carry_data()
    {
        var user = Trail.NewUser("mz");

        var body = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, user, "TJ-MZ"),
            $$"""{ householdPerson(idNumber: "1") { f{{First}} } }"""
        );

        Assert.NotEmpty(body.ErrorCodes);
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal(Core.Auditing.AuditOutcome.Rejected, record.Outcome);
        Assert.Equal(((string?)null, (string?)null), (record.OperationSignature, record.SignatureHash));
        await AssertNowhereInTheTrail(user, First);
    }

    /// <summary>Neither the raw rows of the trail database nor the bureau's auditLog answer holds any of
    /// <paramref name="values"/>.</summary>
    private async Task AssertNowhereInTheTrail(string user, params string[] values)
    {
        var dump = await new SqliteFile(AuditFile).DumpAsync();
        Assert.Contains(dump["audit_records"], row => row.Contains(user, StringComparison.Ordinal)); // the dump sees this test's rows
        foreach (var (table, rows) in dump)
        {
            foreach (var row in rows)
            {
                Assert.All(values, v => Assert.False(row.Contains(v, StringComparison.Ordinal), $"{table} holds {v}: {row}"));
            }
        }

        var view = await SignatureView.Of(server, AuditHttp.Token(server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau"), user);
        Assert.NotEmpty(view.Rows);
        Assert.All(values, v => Assert.DoesNotContain(v, view.Json, StringComparison.Ordinal));
        Assert.All(view.Rows, r => Assert.Equal(JsonValueKind.Null, r.DocumentHash));
    }

    private static async Task Ok(Task<GraphQLReply> call) => Assert.Equal(HttpStatusCode.OK, (await call).Status);
}
