using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// Who sees the operation signature (docs/audit.md): the bureau and the caller's own department see its text; a provider
/// reading accesses to its resources sees only its hash and its own resource's items — not which other resources the caller
/// read, also for a REJECTED request, which leaves one record per resource it names.
/// </summary>
public sealed class SignatureVisibilityTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string TwoProviders = "{ marketEntities(first: 1) { nodes { name } } taxPayments(first: 1) { nodes { paymentId } } }";
    private const string TwoProvidersSignature =
        "query { marketEntities(first: 0) " + "{ nodes { " + "name } } " + "taxPayments(first: 0) " + "{ nodes { " + "paymentId } } }";

    [Fact]
    public async Task The_bureau_and_the_callers_department_see_the_signature_and_each_provider_only_the_hash_and_its_own_record()
    {
        var jy = Trail.NewUser("jy");
        var response = await AuditHttp.Post(server, AuditHttp.Token(server, jy, "TJ-JY"), TwoProviders);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        var hash = Signatures.HashOf(TwoProvidersSignature);

        foreach (var (dept, role) in new[] { ("TJ-DSJ", "bureau"), ("TJ-JY", "department") })
        {
            var seen = await SignatureView.Of(server, AuditHttp.Token(server, Trail.NewUser("reader"), dept, role), jy);
            Assert.Equal(["market_entity", "tax_payment"], seen.Rows.Select(r => r.Resource).Order(StringComparer.Ordinal));
            Assert.All(seen.Rows, r =>
                Assert.Equal((TwoProvidersSignature, hash, JsonValueKind.Null), (r.Signature, r.SignatureHash, r.DocumentHash))
            );
        }

        var sw = await SignatureView.Of(server, AuditHttp.Token(server, Trail.NewUser("sw"), "TJ-SW"), jy);
        var tax = Assert.Single(sw.Rows);
        Assert.Equal(
            ("tax_payment", (string?)null, hash, JsonValueKind.Null),
            (tax.Resource, tax.Signature, tax.SignatureHash, tax.DocumentHash)
        );
        Assert.Equal(["payment_id"], tax.Items);
        Assert.DoesNotContain("market", sw.Json, StringComparison.OrdinalIgnoreCase);

        var scjg = await SignatureView.Of(server, AuditHttp.Token(server, Trail.NewUser("scjg"), "TJ-SCJG"), jy);
        var market = Assert.Single(scjg.Rows);
        Assert.Equal(("market_entity", (string?)null, hash), (market.Resource, market.Signature, market.SignatureHash));
        Assert.Equal(["name"], market.Items);
        Assert.DoesNotContain("tax", scjg.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_rejected_request_naming_resources_of_two_providers_leaves_one_record_each_that_only_its_provider_sees()
    {
        var jy = Trail.NewUser("jy");
        const string query =
            """{ householdPeople(where: { name: { eq: "某某" } }) { nodes { street } } """
            + """taxPayments(where: { taxType: { eq: "增值税" } }) { nodes { paymentId } } }""";

        var body = await AuditHttp.Post(server, AuditHttp.Token(server, jy, "TJ-JY"), query);

        Assert.Equal(["FORBIDDEN_FILTER"], body.ErrorCodes);
        var records = await Trail.OfUser(server, jy);
        Assert.Equal(["household_person", "tax_payment"], records.Select(r => r.Resource).Order(StringComparer.Ordinal));
        Assert.All(records, r => Assert.Equal(Core.Auditing.AuditOutcome.Rejected, r.Outcome));
        Assert.Single(records.Select(r => r.SignatureHash).Distinct());

        var ga = await SignatureView.Of(server, AuditHttp.Token(server, Trail.NewUser("ga"), "TJ-GA"), jy);
        var household = Assert.Single(ga.Rows);
        Assert.Equal(("household_person", "REJECTED", (string?)null), (household.Resource, household.Outcome, household.Signature));
        Assert.Equal(["FORBIDDEN_FILTER"], household.Codes);
        Assert.Equal(["name"], household.Items);
        Assert.DoesNotContain("tax", ga.Json, StringComparison.OrdinalIgnoreCase);

        var sw = await SignatureView.Of(server, AuditHttp.Token(server, Trail.NewUser("sw"), "TJ-SW"), jy);
        var tax = Assert.Single(sw.Rows);
        Assert.Equal(("tax_payment", "REJECTED", (string?)null), (tax.Resource, tax.Outcome, tax.Signature));
        Assert.Equal(["tax_type"], tax.Items);
        Assert.DoesNotContain("household", sw.Json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"name\"", sw.Json, StringComparison.Ordinal);

        var own = await SignatureView.Of(server, AuditHttp.Token(server, Trail.NewUser("jy"), "TJ-JY"), jy);
        Assert.Equal(2, own.Rows.Count);
        Assert.All(own.Rows, r =>
            Assert.Equal(
                """query { householdPeople(where: {name: {eq: ""}}) { nodes { street } """
                    + """} taxPayments(where: {taxType: {eq: ""}}) { nodes { paymentId } } }""",
                r.Signature
            )
        );
    }

    [Fact]
    public async Task The_bureau_finds_the_accesses_of_one_operation_by_its_signature_hash_and_the_chain_verifies()
    {
        var (mz, jy) = (Trail.NewUser("mz"), Trail.NewUser("jy"));
        await AuditHttp.Post(server, AuditHttp.Token(server, mz, "TJ-MZ"), """{ subsistenceAllowance(caseNo: "MZ-0001") { street } }""");
        await AuditHttp.Post(server, AuditHttp.Token(server, jy, "TJ-JY"), """{ subsistenceAllowance(caseNo: "MZ-0002") { street } }""");
        var bureau = AuditHttp.Token(server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau");

        var body = await AuditHttp.Post(
            server,
            bureau,
            "query($h: String) { auditLog(signatureHash: $h) " + "{ nodes { " + "userId } } " + "verifyAuditChain { ok } }",
            purpose: null,
            variables: new { h = Signatures.HashOf("""query { subsistenceAllowance(caseNo: "") { street } }""") }
        );

        var users = body
            .Data.GetProperty("auditLog")
            .GetProperty("nodes")
            .EnumerateArray()
            .Select(n => n.GetProperty("userId").GetString())
            .ToList();
        Assert.Contains(mz, users);
        Assert.Contains(jy, users);
        Assert.True(body.Data.GetProperty("verifyAuditChain").GetProperty("ok").GetBoolean());
    }
}
