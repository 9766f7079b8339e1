using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;
using static TaijiangGraph.Server.Tests.Workflow.ApplicationStates;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// docs/policy.md (What an application asks for) and docs/errors.md (Share applications): refused inputs carry their code and
/// <c>extensions.violations</c>; a classified item reads exactly like an unknown one; a second pending application of a
/// department for overlapping items is <c>DUPLICATE_PENDING</c>.
/// </summary>
public sealed class ApplicationRefusalTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private static readonly DateOnly Today = ApplicationInputs.ChinaDay(TaijiangServerFactory.Now);

    private WorkflowClient Client => WorkflowClient.Over(server);

    [Theory]
    [InlineData("market_entity", "inspection_notes", "NOT_SHAREABLE")]
    [InlineData("household_person", "marital_status", "NOT_SHAREABLE")]
    [InlineData("market_entity", "name", "NOT_CONDITIONAL")]
    [InlineData("subsistence_allowance", "name", "NOT_CONDITIONAL")]
    [InlineData("household_person", "key_person_flag", "UNKNOWN_ITEM")]
    [InlineData("household_person", "no_such_item", "UNKNOWN_ITEM")]
    [InlineData("tax_payment", "audit_case_ref", "UNKNOWN_ITEM")]
    public async Task An_item_that_cannot_be_applied_for_is_refused_with_its_code(string resource, string item, string code)
    {
        var error = WorkflowAssert.Refused(
            await Client.SubmitAsync(Party.Applicant, ApplicationInputs.Input(resource, [item], Today)),
            code
        );

        var violation = Assert.Single(WorkflowAssert.Violations(error));
        Assert.Equal((code, "items", item), (violation.Code, violation.Field, violation.Item));
        Assert.Empty(await PendingAsync());
    }

    [Fact]
    public async Task A_classified_item_is_refused_with_the_message_of_an_unknown_name()
    {
        var classified = WorkflowAssert.Refused(
            await Client.SubmitAsync(Party.Applicant, ApplicationInputs.Input("household_person", ["key_person_flag"], Today)),
            "UNKNOWN_ITEM"
        );
        var unknown = WorkflowAssert.Refused(
            await Client.SubmitAsync(Party.Applicant, ApplicationInputs.Input("household_person", ["key_person_flagx"], Today)),
            "UNKNOWN_ITEM"
        );

        Assert.Equal(Template(unknown, "key_person_flagx"), Template(classified, "key_person_flag"));
        Assert.DoesNotContain("classified", classified.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CLASSIFIED", classified.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_and_the_error_code_is_the_first_violations()
    {
        var input = ApplicationInputs.Input("market_entity", ["legal_rep", "inspection_notes", "name"], Today, liftMasks: ["legal_rep"]);
        input["purpose"] = " ";

        var reply = await Client.SubmitAsync(Party.Applicant, input);

        var error = Assert.Single(reply.Errors);
        var violations = WorkflowAssert.Violations(error);
        Assert.Equal(violations[0].Code, GraphQLReply.Extension(error, "code"));
        Assert.Contains(violations, v => v is { Code: "NOT_SHAREABLE", Item: "inspection_notes" });
        Assert.Contains(violations, v => v is { Code: "NOT_CONDITIONAL", Item: "name" });
        Assert.Contains(violations, v => v is { Code: "REASON_REQUIRED", Field: "liftMaskReason" });
        Assert.Contains(violations, v => v is { Field: "purpose" });
        Assert.All(violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Message)));
    }

    [Fact]
    public async Task A_lifted_mask_without_a_reason_is_reason_required()
    {
        var input = ApplicationInputs.Input("market_entity", ["contact_phone"], Today, liftMasks: ["contact_phone"]);

        var error = WorkflowAssert.Refused(await Client.SubmitAsync(Party.Applicant, input), "REASON_REQUIRED");

        Assert.Contains(WorkflowAssert.Violations(error), v => v is { Code: "REASON_REQUIRED", Field: "liftMaskReason" });
    }

    [Fact]
    public async Task A_second_pending_application_for_overlapping_items_is_duplicate_pending_but_not_for_other_items_or_departments()
    {
        var first = await Client.SubmitOkAsync(Party.Applicant, ApplicationInputs.Input("market_entity", ["legal_rep"], Today));
        var ids = new List<string> { WorkflowAssert.Id(first) };
        try
        {
            var overlapping = ApplicationInputs.Input("market_entity", ["contact_phone", "legal_rep"], Today);
            WorkflowAssert.Refused(await Client.SubmitAsync(Party.Applicant, overlapping), "DUPLICATE_PENDING");
            WorkflowAssert.Refused(await Client.SubmitAsync(new Party("u-jy-other", "TJ-JY", "cdo"), overlapping), "DUPLICATE_PENDING");

            ids.Add(
                WorkflowAssert.Id(
                    await Client.SubmitOkAsync(Party.Applicant, ApplicationInputs.Input("market_entity", ["contact_phone"], Today))
                )
            );
            ids.Add(
                WorkflowAssert.Id(
                    await Client.SubmitOkAsync(Party.Outsider, ApplicationInputs.Input("market_entity", ["legal_rep"], Today))
                )
            );

            // Once returned it is still pending; once withdrawn it is not.
            WorkflowAssert.Done(await Client.ReturnAsync(Party.Bureau, ids[0], "请补充"));
            WorkflowAssert.Refused(
                await Client.SubmitAsync(Party.Applicant, ApplicationInputs.Input("market_entity", ["legal_rep"], Today)),
                "DUPLICATE_PENDING"
            );
            WorkflowAssert.Done(await Client.WithdrawAsync(Party.Applicant, ids[0]));
            ids.Add(
                WorkflowAssert.Id(
                    await Client.SubmitOkAsync(Party.Applicant, ApplicationInputs.Input("market_entity", ["legal_rep"], Today))
                )
            );
        }
        finally
        {
            foreach (var id in ids)
            {
                var applicant = WorkflowAssert.Text(await Client.GetOkAsync(Party.Bureau, id), "applicant");
                await EndAsync(Client, id, applicant == Party.Outsider.Department ? Party.Outsider : Party.Applicant);
            }
        }
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_wider_than_asked_but_may_narrow()
    {
        var input = ApplicationInputs.Input(
            "market_entity",
            ["legal_rep", "contact_phone"],
            Today,
            days: 31,
            rowScope: [ApplicationInputs.Scope("street", "苍霞", "茶亭")],
            liftMasks: ["contact_phone"],
            liftMaskReason: "需要联系负责人"
        );
        var application = await Client.SubmitOkAsync(Party.Applicant, input);
        var id = WorkflowAssert.Id(application);
        try
        {
            var forwarded = WorkflowAssert.Done(await Client.ForwardAsync(Party.Bureau, id));
            var asked = Today.AddDays(30);

            AssertWider(
                await Client.ApproveAsync(Party.Reviewer, id, items: ["legal_rep", "contact_phone", "legal_rep_id"]),
                "items",
                "legal_rep_id"
            );
            AssertWider(await Client.ApproveAsync(Party.Reviewer, id, validTo: asked.AddDays(1)), "validTo", null);
            AssertWider(
                await Client.ApproveAsync(Party.Reviewer, id, rowScope: [ApplicationInputs.Scope("street", "苍霞", "茶亭", "瀛洲")]),
                "rowScope",
                null
            );
            AssertWider(await Client.ApproveAsync(Party.Reviewer, id, rowScope: []), "rowScope", null);
            AssertWider(await Client.ApproveAsync(Party.Reviewer, id, liftMasks: ["contact_phone", "legal_rep"]), "liftMasks", "legal_rep");
            Assert.Equal(WorkflowAssert.Version(forwarded), WorkflowAssert.Version(await Client.GetOkAsync(Party.Bureau, id)));

            var approved = WorkflowAssert.Done(
                await Client.ApproveAsync(
                    Party.Reviewer,
                    id,
                    validTo: asked.AddDays(-10),
                    rowScope: [ApplicationInputs.Scope("street", "苍霞"), ApplicationInputs.Scope("status", "存续")],
                    liftMasks: [],
                    items: ["contact_phone"],
                    version: WorkflowAssert.Version(forwarded)
                )
            );

            Assert.Equal(Approved, WorkflowAssert.State(approved));
            Assert.Equal(["contact_phone"], approved.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
            Assert.Empty(approved.GetProperty("liftMasks").EnumerateArray());
            Assert.Equal(ApplicationInputs.Date(asked.AddDays(-10)), approved.GetProperty("validTo").GetString());
            var grant = await Client.Call(
                Party.Applicant,
                "{ grants(resource: \"market_entity\") { id applicationId items { item liftMask } validTo } }"
            );
            var created = Assert.Single(grant.DataWithoutErrors().GetProperty("grants").EnumerateArray(), g =>
                g.GetProperty("applicationId").GetString() == id
            );
            Assert.Equal(approved.GetProperty("grantId").GetString(), created.GetProperty("id").GetString());
            Assert.Equal("""[{"item":"contact_phone","liftMask":false}]""", created.GetProperty("items").GetRawText());
        }
        finally
        {
            await EndAsync(Client, id);
        }
    }

    private static void AssertWider(GraphQLReply reply, string field, string? item)
    {
        var error = WorkflowAssert.Refused(reply, "WIDER_THAN_ASKED");
        Assert.Contains(WorkflowAssert.Violations(error), v =>
            v.Code == "WIDER_THAN_ASKED" && v.Field == field && (item is null || v.Item == item)
        );
    }

    /// <summary>The error's message and violations with the item name replaced by a placeholder.</summary>
    private static string Template(JsonElement error, string item) =>
        error.GetProperty("message").GetString()!.Replace(item, "{item}", StringComparison.Ordinal)
        + "|"
        + string.Join(
            '|',
            WorkflowAssert
                .Violations(error)
                .Select(v => $"{v.Code}/{v.Field}/{v.Item}/{v.Message}".Replace(item, "{item}", StringComparison.Ordinal))
        );

    private async Task<IReadOnlyList<JsonElement>> PendingAsync()
    {
        var reply = await Client.Call(Party.Applicant, "{ shareApplications { id state } }");
        return
        [
            .. reply
                .DataWithoutErrors()
                .GetProperty("shareApplications")
                .EnumerateArray()
                .Where(a => a.GetProperty("state").GetString() is Submitted or Returned or Forwarded),
        ];
    }
}
