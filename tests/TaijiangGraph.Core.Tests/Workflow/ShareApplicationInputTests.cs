using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Tests.Catalog;
using TaijiangGraph.Core.Workflow;
using static TaijiangGraph.Core.Tests.Workflow.WorkflowWorld;

namespace TaijiangGraph.Core.Tests.Workflow;

/// <summary>What an application may ask for, and what an approval may grant (docs/policy.md, "Share applications").</summary>
public sealed class ShareApplicationInputTests
{
    [Fact]
    public void The_sample_request_is_valid()
    {
        Assert.Empty(Rules.Validate("TJ-JY", Request, Now));
    }

    [Fact]
    public void Every_broken_rule_is_reported_not_just_the_first()
    {
        var request = Request with
        {
            Items = ["legal_rep", "inspection_notes", "name", "no_such_item"],
            Purpose = "  ",
            Scenario = "年检\u200b",
            ValidFrom = Today.AddDays(5),
            ValidTo = Today.AddDays(4),
            RowScope = Scope("legal_rep", "张三"),
            LiftMasks = ["credit_code", "legal_rep"],
        };

        var violations = Rules.Validate("TJ-JY", request, Now);

        Assert.Equal(
            [
                (ErrorCodes.Workflow.InvalidApplication, "purpose", null),
                (ErrorCodes.Workflow.InvalidApplication, "scenario", null),
                (ErrorCodes.Workflow.ReasonRequired, "liftMaskReason", null),
                (ErrorCodes.Workflow.InvalidApplication, "validTo", null),
                (ErrorCodes.Workflow.NotShareable, "items", "inspection_notes"),
                (ErrorCodes.Workflow.NotConditional, "items", "name"),
                (ErrorCodes.Records.UnknownItem, "items", "no_such_item"),
                (ErrorCodes.Workflow.InvalidApplication, "rowScope", "legal_rep"),
                (ErrorCodes.Workflow.InvalidApplication, "liftMasks", "credit_code"),
            ],
            violations.Select(v => (v.Code, v.Field, v.Item))
        );
        Assert.All(violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Message)));
    }

    [Fact]
    public void Submitting_a_broken_input_is_refused_with_all_its_violations()
    {
        var outcome = Rules.Submit("A-1", Applicant, Request with { Items = ["inspection_notes", "name"] }, Now);

        Assert.Null(outcome.Application);
        Assert.Equal(ErrorCodes.Workflow.NotShareable, outcome.Code);
        Assert.Equal([ErrorCodes.Workflow.NotShareable, ErrorCodes.Workflow.NotConditional], outcome.Violations.Select(v => v.Code));
    }

    [Fact]
    public void Classified_retired_and_unknown_names_get_the_same_unknown_item_answer()
    {
        var catalog = WorkflowWorld.Catalog.WithItem("household_person", "birth_date", i => i with { Retired = true });
        var rules = new ShareApplicationRules(catalog);
        var ask = Request with { Resource = "household_person" };

        string Answer(string item)
        {
            var violation = Assert.Single(rules.Validate("TJ-JY", ask with { Items = [item] }, Now));
            Assert.Equal((ErrorCodes.Records.UnknownItem, "items", item), (violation.Code, violation.Field, violation.Item));
            return violation.Message.Replace(item, "<item>", StringComparison.Ordinal);
        }

        var classified = Answer("key_person_flag");
        Assert.Equal(classified, Answer("no_such_item"));
        Assert.Equal(classified, Answer("birth_date"));
        Assert.DoesNotContain("classif", classified, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unknown_resource_is_an_unknown_item()
    {
        var violation = Assert.Single(Rules.Validate("TJ-JY", Request with { Resource = "no_such_resource" }, Now));

        Assert.Equal((ErrorCodes.Records.UnknownItem, "resource"), (violation.Code, violation.Field));
    }

    [Fact]
    public void The_provider_does_not_apply_for_its_own_resource()
    {
        var violation = Assert.Single(Rules.Validate("TJ-SCJG", Request, Now));

        Assert.Equal((ErrorCodes.Workflow.InvalidApplication, "resource"), (violation.Code, violation.Field));
    }

    [Theory]
    [InlineData(365, 366, true)]
    [InlineData(366, 366, false)]
    [InlineData(366, 400, true)]
    public void The_validity_is_at_most_max_grant_days(int extraDays, int maxGrantDays, bool valid)
    {
        var rules = new ShareApplicationRules(WorkflowWorld.Catalog, maxGrantDays);

        var violations = rules.Validate("TJ-JY", Request with { ValidTo = Today.AddDays(extraDays) }, Now);

        Assert.Equal(valid, violations.Count == 0);
    }

    [Fact]
    public void A_validity_ending_yesterday_is_refused()
    {
        var request = Request with { ValidFrom = Today.AddDays(-10), ValidTo = Today.AddDays(-1) };

        var violation = Assert.Single(Rules.Validate("TJ-JY", request, Now));

        Assert.Equal((ErrorCodes.Workflow.InvalidApplication, "validTo"), (violation.Code, violation.Field));
    }

    [Fact]
    public void A_row_scope_on_an_unmasked_unconditional_item_with_lifted_masks_and_a_reason_is_valid()
    {
        var request = Request with
        {
            Items = ["legal_rep", "contact_phone"],
            RowScope = Scope("street", "苍霞"),
            LiftMasks = ["contact_phone"],
            LiftMaskReason = "需电话联系法定代表人",
        };

        Assert.Empty(Rules.Validate("TJ-JY", request, Now));
    }

    [Fact]
    public void A_row_scope_without_values_is_refused()
    {
        var violation = Assert.Single(Rules.Validate("TJ-JY", Request with { RowScope = Scope("street") }, Now));

        Assert.Equal((ErrorCodes.Workflow.InvalidApplication, "rowScope", "street"), (violation.Code, violation.Field, violation.Item));
    }

    [Fact]
    public void An_approval_may_narrow_what_was_asked()
    {
        var asked = Request with
        {
            Items = ["legal_rep", "contact_phone"],
            RowScope = Scope("street", "苍霞", "上海"),
            LiftMasks = ["contact_phone", "legal_rep"],
            LiftMaskReason = "需核对身份",
        };
        var terms = new ApprovalTerms
        {
            Items = ["contact_phone"],
            ValidTo = Today.AddDays(30),
            RowScope = new([new RowScopeCondition("street", ["苍霞"]), new RowScopeCondition("status", ["存续"])]),
        };

        var outcome = Rules.Approve(Forward(asked), Reviewer, terms, "G-3", Now);

        var grant = Assert.IsType<Grant>(outcome.Grant);
        Assert.Equal([new GrantItem("contact_phone", true)], grant.Items);
        Assert.Equal(Today.AddDays(30), grant.ValidTo);
        Assert.Equal("street = 苍霞 AND status = 存续", grant.RowScope.ToString());
        Assert.Equal(["contact_phone"], outcome.Application!.Request.Items);
    }

    public static TheoryData<string, ApprovalTerms> WiderTerms() =>
        new()
        {
            {
                "items",
                new ApprovalTerms { Items = ["legal_rep", "legal_rep_id"] }
            },
            {
                "validTo",
                new ApprovalTerms { ValidTo = Today.AddDays(91) }
            },
            {
                "rowScope",
                new ApprovalTerms { RowScope = RowScope.AllRows }
            },
            {
                "rowScope",
                new ApprovalTerms { RowScope = Scope("street", "苍霞", "义洲") }
            },
            {
                "liftMasks",
                new ApprovalTerms { LiftMasks = ["legal_rep"] }
            },
        };

    [Theory]
    [MemberData(nameof(WiderTerms))]
    public void A_reviewer_cannot_approve_wider_than_asked(string field, ApprovalTerms terms)
    {
        var forwarded = Forward(Request with { RowScope = Scope("street", "苍霞") });

        var outcome = Rules.Approve(forwarded, Reviewer, terms, "G-4", Now);

        Assert.Null(outcome.Grant);
        var violation = Assert.Single(outcome.Violations);
        Assert.Equal((ErrorCodes.Workflow.WiderThanAsked, field), (violation.Code, violation.Field));
    }

    private static ShareApplication Forward(ShareApplicationRequest request) => Done(Rules.Forward(Submitted(request), Bureau, null, Now));
}
