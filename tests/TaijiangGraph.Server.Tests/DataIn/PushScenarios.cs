using System.Text.Json;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Server.Tests.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.Versions;
using TaijiangGraph.Server.Tests.Workflow;

namespace TaijiangGraph.Server.Tests.DataIn;

/// <summary>
/// docs/data-in.md, "The push", over HTTP on a server of either provider (SQLite or PostgreSQL): each scenario a whole test,
/// run by <see cref="PushSqliteTests"/> and <see cref="PushPostgresTests"/>. Payment ids are fresh per scenario, so scenarios share
/// one server.
/// </summary>
public sealed class PushScenarios(TaijiangServerFactory server)
{
    private const string VatType = "增值税";
    private readonly TaxPaymentPush _push = new(server);

    /// <summary>
    /// TJ-SW pushes three tax payments: one with the classified <c>audit_case_ref</c> (no such input field: a GraphQL validation
    /// error), then one with a decimal beyond its scale (the refusal names its index and item); nothing is written either time.
    /// Fixed, all three are read as the sharing rules say: raw by the provider, the conditional amount denied to a department
    /// without a grant, row-scoped for one whose grant is, and the linked taxpayer's legal representative masked.
    /// </summary>
    public async Task Three_tax_payments_are_refused_until_fixed_then_read_as_the_sharing_rules_say()
    {
        var taxpayer = await _push.SeededCreditCodeAsync();
        string[] ids = [TaxPaymentPush.NewId(), TaxPaymentPush.NewId(), TaxPaymentPush.NewId()];

        var classified = await server.QueryWithToken(
            server.TokenOf(TaxPaymentPush.Provider),
            $$"""
            mutation { upsertTaxPayments(records: [
              { paymentId: "{{ids[0]}}", taxType: "{{VatType}}" },
              { paymentId: "{{ids[1]}}", taxType: "企业所得税" },
              { paymentId: "{{ids[2]}}", taxType: "{{VatType}}", auditCaseRef: "JC-2026-001" }
            ]) { inserted } }
            """,
            purpose: null
        );
        Assert.False(classified.HasData, classified.Text); // refused by validation: nothing ran
        Assert.Contains("auditCaseRef", Assert.Single(classified.Errors).GetProperty("message").GetString(), StringComparison.Ordinal);

        var badDecimal = await _push.PushAsync(
            Record(ids[0], taxpayer, VatType, 1000m),
            Record(ids[1], taxpayer, "企业所得税", 1234.567m),
            Record(ids[2], taxpayer, VatType, 300.25m)
        );
        var error = Assert.Single(badDecimal.Errors);
        Assert.Equal("RECORDS_REFUSED", GraphQLReply.Extension(error, "code"));
        var refused = Assert.Single(error.GetProperty("extensions").GetProperty("refused").EnumerateArray());
        Assert.Equal(
            (1, "amount", "TYPE_MISMATCH"),
            (refused.GetProperty("index").GetInt32(), refused.GetProperty("item").GetString(), refused.GetProperty("code").GetString())
        );
        Assert.Equal(JsonValueKind.Null, badDecimal.Data.GetProperty("upsertTaxPayments").ValueKind);
        foreach (var id in ids)
        {
            Assert.Null(await _push.ProviderViewAsync(id));
        }

        var written = await _push.PushOkAsync(
            Record(ids[0], taxpayer, VatType, 1000m),
            Record(ids[1], taxpayer, "企业所得税", 2000.5m),
            Record(ids[2], taxpayer, VatType, 300.25m)
        );
        Assert.Equal((3, 0, 0), Counts(written));
        Assert.All(written.GetProperty("records").EnumerateArray(), r =>
            Assert.Equal(("INSERTED", 1), (r.GetProperty("outcome").GetString(), r.GetProperty("version").GetInt32()))
        );

        // The provider reads its own records raw.
        var (_, own) = await _push.ReadAsync(TaxPaymentPush.Provider, ids, "amount paidOn taxType");
        Assert.Equal([1000m, 2000.5m, 300.25m], ids.Select(id => own[id].GetProperty("amount").GetDecimal()));

        // A department without a grant reads the unconditional items; the conditional amount is denied.
        var (denied, seen) = await _push.ReadAsync("TJ-SCJG", ids, "taxType amount");
        Assert.Equal(3, seen.Count);
        Assert.All(seen.Values, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("amount").ValueKind));
        Assert.Equal(["FORBIDDEN_CONDITIONAL"], denied.ErrorsFor("tax_payment", "amount").Select(e => GraphQLReply.Extension(e, "code")));

        // A department whose grant on the amount is scoped to VAT reads the amounts of the VAT payments only.
        await GrantVatAmountsToEducationAsync();
        var (_, scoped) = await _push.ReadAsync("TJ-JY", ids, "amount");
        Assert.Equal(new[] { ids[0], ids[2] }.Order(StringComparer.Ordinal), scoped.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1000m, scoped[ids[0]].GetProperty("amount").GetDecimal());

        // The pushed reference links; the taxpayer's legal representative stays masked for TJ-SW (its grant does not lift it).
        var link = await server.Query(
            TaxPaymentPush.Provider,
            "query($id: String!) { taxPayment(paymentId: $id) { taxpayer { creditCode legalRep } } }",
            new { id = ids[0] }
        );
        var entity = link.DataWithoutErrors().GetProperty("taxPayment").GetProperty("taxpayer");
        Assert.Equal(taxpayer, entity.GetProperty("creditCode").GetString());
        var raw = await server.Query("TJ-SCJG", "query($c: String!) { marketEntity(creditCode: $c) { legalRep } }", new { c = taxpayer });
        var rawName = raw.DataWithoutErrors().GetProperty("marketEntity").GetProperty("legalRep").GetString();
        Assert.NotEqual(rawName, entity.GetProperty("legalRep").GetString());
        Assert.Contains("*", entity.GetProperty("legalRep").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A non-provider's push — another department, an app of another department, the bureau, the reviewer — is FORBIDDEN,
    /// writes nothing and leaves a REJECTED usage record under the resource, as the bureau reads it in the audit log.</summary>
    public async Task A_push_by_anyone_but_the_provider_is_forbidden_writes_nothing_and_is_recorded_as_rejected()
    {
        var bureau = AuditHttp.Token(server, Trail.NewUser("dsj-auditor"), "TJ-DSJ", "bureau");
        (string Department, string Role, string? App)[] outsiders =
        [
            ("TJ-SCJG", "department", null),
            ("TJ-SCJG", "cdo", "scjg-sync"),
            ("TJ-DSJ", "bureau", null),
            ("CITY-DSJ", "reviewer", null),
        ];
        foreach (var (department, role, app) in outsiders)
        {
            var user = Trail.NewUser("push");
            var id = TaxPaymentPush.NewId();

            var reply = await _push.PushAsync(
                AuditHttp.Token(server, user, department, role, client: app),
                new { paymentId = id, taxType = VatType }
            );

            Assert.False(reply.HasData, reply.Text);
            Assert.Equal(["FORBIDDEN"], reply.ErrorCodes);
            Assert.Null(await _push.ProviderViewAsync(id));
            Assert.Empty(await _push.HistoryAsync(id));
            var rows = (await AuditLogPageReader.AuditLog(server, bureau, new { user, outcome = "REJECTED" })).Rows;
            Assert.Equal([("tax_payment", department)], rows.Select(r => (r.Resource, r.Department)));
        }
    }

    /// <summary>The provider's own app pushes like its people, without a purpose: a RECORDS_WRITTEN event of the push channel with the
    /// record's key hash, and an ALLOWED usage record under the resource with no item read.</summary>
    public async Task The_providers_app_pushes()
    {
        var id = TaxPaymentPush.NewId();
        var user = Trail.NewUser("sw-app");

        var reply = await _push.PushAsync(
            AuditHttp.Token(server, user, "TJ-SW", client: "sw-collector"),
            new { paymentId = id, taxType = VatType }
        );

        Assert.Equal(1, reply.DataWithoutErrors().GetProperty("upsertTaxPayments").GetProperty("inserted").GetInt32());
        Assert.Equal(VatType, (await _push.ProviderViewAsync(id))!.Value.GetProperty("taxType").GetString());
        var events = await server.Query(
            "TJ-DSJ",
            "{ governanceEvents(kind: \"RECORDS_WRITTEN\", first: 100) { actor resource after } }",
            purpose: null
        );
        var written = Assert.Single(events.DataWithoutErrors().GetProperty("governanceEvents").EnumerateArray(), e =>
            e.GetProperty("actor").GetString() == user
        );
        Assert.Equal("tax_payment", written.GetProperty("resource").GetString());
        using (var after = JsonDocument.Parse(written.GetProperty("after").GetString()!))
        {
            Assert.Equal(
                ("push", "sw-collector"),
                (after.RootElement.GetProperty("channel").GetString(), after.RootElement.GetProperty("app").GetString())
            );
            Assert.Equal(
                Trail.Hash(server, "tax_payment", id),
                after.RootElement.GetProperty("records")[0].GetProperty("keyHash").GetString()
            );
        }

        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal(
            (AuditOutcome.Allowed, "tax_payment", "sw-collector", (string?)null),
            (record.Outcome, record.Resource, record.App, record.Purpose)
        );
        Assert.Empty(record.ItemsRead);
    }

    /// <summary>A partial update changes only the given items, an explicit null clears one, and a repeat of stored values writes no
    /// version: the history holds the insert and the two updates with exactly their changed items.</summary>
    public async Task A_partial_update_changes_only_the_given_items_null_clears_and_a_repeat_writes_no_version()
    {
        var taxpayer = await _push.SeededCreditCodeAsync();
        var id = TaxPaymentPush.NewId();
        await _push.PushOkAsync(Record(id, taxpayer, VatType, 100m));
        var before = (await _push.ProviderViewAsync(id))!.Value;

        var partial = await _push.PushOkAsync(new { paymentId = id, taxType = "印花税" });
        var cleared = await _push.PushOkAsync(new Dictionary<string, object?> { ["paymentId"] = id, ["creditGrade"] = null });
        var literal = (
            await server.QueryWithToken(
                server.TokenOf(TaxPaymentPush.Provider),
                $$"""mutation { upsertTaxPayments(records: [{ paymentId: "{{id}}", period: null }]) """
                    + "{ records { version outcome changedItems } } }",
                purpose: null
            )
        )
            .DataWithoutErrors()
            .GetProperty("upsertTaxPayments");
        var repeat = await _push.PushOkAsync(
            new
            {
                paymentId = id,
                taxType = "印花税",
                amount = 100m,
            }
        );

        Assert.Equal(("UPDATED", 2, "tax_type"), Single(partial));
        Assert.Equal(("UPDATED", 3, "credit_grade"), Single(cleared));
        Assert.Equal(("UPDATED", 4, "period"), Single(literal));
        Assert.Equal((0, 0, 1), Counts(repeat));
        var unchanged = repeat.GetProperty("records")[0];
        Assert.Equal(
            ("UNCHANGED", 4, 0),
            (
                unchanged.GetProperty("outcome").GetString(),
                unchanged.GetProperty("version").GetInt32(),
                unchanged.GetProperty("changedItems").GetArrayLength()
            )
        );

        var after = (await _push.ProviderViewAsync(id))!.Value;
        Assert.Equal("印花税", after.GetProperty("taxType").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("creditGrade").ValueKind);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("period").ValueKind);
        foreach (var field in new[] { "taxpayerId", "taxpayerName", "amount", "paidOn" })
        {
            Assert.Equal(before.GetProperty(field).GetRawText(), after.GetProperty(field).GetRawText());
        }

        var history = await _push.HistoryAsync(id);
        Assert.Equal([1, 2, 3, 4], history.Select(h => h.Version));
        Assert.Equal(
            [RecordChangeKind.Inserted, RecordChangeKind.Updated, RecordChangeKind.Updated, RecordChangeKind.Updated],
            history.Select(h => h.Kind)
        );
        Assert.Equal(
            [
                ["tax_type"],
                ["credit_grade"],
                ["period"],
            ],
            history.Skip(1).Select(h => h.ChangedItems)
        );
    }

    /// <summary>A key whose record an approved deletion hid stays deleted: its push is refused (RECORD_DELETED, no item) with the rest
    /// of the call, and the record stays hidden.</summary>
    public async Task A_push_of_a_deleted_key_is_refused_and_the_record_stays_deleted()
    {
        var versions = new VersionsClient(server);
        var provider = new Party("u-sw-clerk", TaxPaymentPush.Provider, "department");
        var (deleted, other) = (TaxPaymentPush.NewId(), TaxPaymentPush.NewId());
        await _push.PushOkAsync(new { paymentId = deleted, taxType = VatType });
        var request = WorkflowClient.Ok(await versions.RequestAsync(provider, "tax_payment", deleted, "重复入库"), "requestRecordDeletion");
        WorkflowClient.Ok(await versions.ApproveAsync(Party.Bureau, request.GetProperty("id").GetString()!), "approveRecordDeletion");

        var reply = await _push.PushAsync(new { paymentId = other, taxType = VatType }, new { paymentId = deleted, taxType = "印花税" });

        var refused = Assert.Single(Assert.Single(reply.Errors).GetProperty("extensions").GetProperty("refused").EnumerateArray());
        Assert.Equal(
            (1, JsonValueKind.Null, "RECORD_DELETED"),
            (refused.GetProperty("index").GetInt32(), refused.GetProperty("item").ValueKind, refused.GetProperty("code").GetString())
        );
        Assert.Null(await _push.ProviderViewAsync(other));
        Assert.Null(await _push.ProviderViewAsync(deleted));
    }

    /// <summary>1,001 records are refused with the cap's code before anything is read or written; 1,000 are written.</summary>
    public async Task More_than_a_thousand_records_are_refused_with_the_cap_code_and_a_thousand_written()
    {
        var ids = Enumerable.Range(0, 1_001).Select(_ => TaxPaymentPush.NewId()).ToList();

        var reply = await _push.PushAsync([.. ids.Select(id => (object)new { paymentId = id })]);
        var thousand = await _push.PushOkAsync([.. ids.Skip(1).Select(id => (object)new { paymentId = id, taxType = VatType })]);

        Assert.False(reply.HasData, reply.Text);
        Assert.Equal(["TOO_MANY_RECORDS"], reply.ErrorCodes);
        Assert.Null(await _push.ProviderViewAsync(ids[0]));
        Assert.Equal((1_000, 0, 0), Counts(thousand));
        Assert.Equal(VatType, (await _push.ProviderViewAsync(ids[^1]))!.Value.GetProperty("taxType").GetString());
    }

    /// <summary>
    /// Values planted in refused records — the key, a free text, a value of the wrong format — appear nowhere: not in the answer,
    /// not in a log line, not in the usage records or governance events; sent as variables and as literals.
    /// </summary>
    public async Task Values_of_refused_records_never_reach_the_answer_the_logs_or_the_audit_trail()
    {
        var canaries = new[] { "P-CANARY-" + Guid.NewGuid().ToString("N")[..8], "雀税金丝雀名称", "CANARY91350103X" };
        var user = Trail.NewUser("sw-canary");
        var token = AuditHttp.Token(server, user, "TJ-SW");
        var record = new
        {
            paymentId = canaries[0],
            taxpayerName = canaries[1],
            taxpayerId = canaries[2],
            amount = 1.234m,
        };

        var variables = await _push.PushAsync(token, record);
        var literal = await server.QueryWithToken(
            token,
            $$"""mutation { upsertTaxPayments(records: [{ paymentId: "{{canaries[0]}}", taxpayerName: "{{canaries[1]}}", """
                + $$"""taxpayerId: "{{canaries[2]}}", amount: 1.234 }]) { inserted } }""",
            purpose: null
        );

        foreach (var reply in new[] { variables, literal })
        {
            var refused = Assert.Single(reply.Errors).GetProperty("extensions").GetProperty("refused");
            Assert.Equal(["amount", "taxpayer_id"], refused.EnumerateArray().Select(r => r.GetProperty("item").GetString()).Order());
            AssertAbsent(canaries, reply.Text, "the answer");
        }

        Assert.Null(await _push.ProviderViewAsync(canaries[0]));
        var trail = await Trail.OfUser(server, user);
        Assert.Equal(2, trail.Count);
        Assert.Equal(["tax_payment", "tax_payment"], trail.Select(r => r.Resource));
        Assert.All(trail, r => Assert.Equal(["RECORDS_REFUSED"], r.Codes));
        AssertAbsent(canaries, JsonSerializer.Serialize(trail), "the usage records");
        var events = await server.Query("TJ-DSJ", "{ governanceEvents(first: 100) { kind subject resource before after } }", purpose: null);
        AssertAbsent(canaries, events.DataWithoutErrors().GetRawText(), "the governance events");
        AssertAbsent(canaries, string.Join('\n', server.Logs.Lines), "the logs");
    }

    private static void AssertAbsent(IEnumerable<string> canaries, string text, string where)
    {
        foreach (var canary in canaries)
        {
            Assert.False(text.Contains(canary, StringComparison.Ordinal), $"{canary} appears in {where}.");
        }
    }

    private static object Record(string id, string taxpayer, string taxType, decimal amount) =>
        new
        {
            paymentId = id,
            taxpayerId = taxpayer,
            taxpayerName = "台江测试纳税人",
            taxType,
            period = "2026-10",
            amount,
            paidOn = "2026-11-10",
            creditGrade = "A",
        };

    private static (int Inserted, int Updated, int Unchanged) Counts(JsonElement result) =>
        (result.GetProperty("inserted").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32());

    private static (string? Outcome, int Version, string? Item) Single(JsonElement result)
    {
        var record = Assert.Single(result.GetProperty("records").EnumerateArray().ToList());
        var item = Assert.Single(record.GetProperty("changedItems").EnumerateArray().ToList());
        return (record.GetProperty("outcome").GetString(), record.GetProperty("version").GetInt32(), item.GetString());
    }

    /// <summary>TJ-JY holds <c>tax_payment.amount</c> for VAT payments only, through the workflow (once per server); the SQL guard is
    /// told of the grant.</summary>
    private async Task GrantVatAmountsToEducationAsync()
    {
        var client = WorkflowClient.Over(server);
        var today = ApplicationInputs.ChinaDay(TaijiangServerFactory.Now);
        var input = ApplicationInputs.Input(
            "tax_payment",
            ["amount"],
            today,
            days: 90,
            rowScope: [ApplicationInputs.Scope("tax_type", VatType)]
        );
        var id = WorkflowAssert.Id(await client.SubmitOkAsync(Party.Applicant, input));
        WorkflowAssert.Done(await client.ForwardAsync(Party.Bureau, id, "同意转报"));
        var approved = WorkflowAssert.Done(await client.ApproveAsync(Party.Reviewer, id));
        server.Sql.Allow(
            new Grant
            {
                Id = approved.GetProperty("grantId").GetString()!,
                Grantee = "TJ-JY",
                Resource = "tax_payment",
                Items = [new GrantItem("amount", LiftMask: false)],
                RowScope = new RowScope([new RowScopeCondition("tax_type", [VatType])]),
                Purpose = "校外培训机构法定代表人核查",
                ValidFrom = today,
                ValidTo = today.AddDays(89),
                Approver = Party.Reviewer.User,
            }
        );
    }
}
