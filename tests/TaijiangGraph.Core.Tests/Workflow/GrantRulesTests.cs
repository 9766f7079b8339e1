using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Workflow;
using static TaijiangGraph.Core.Tests.Workflow.WorkflowWorld;

namespace TaijiangGraph.Core.Tests.Workflow;

/// <summary>Who sees and revokes a grant, and how a renewal is prefilled from it (docs/policy.md, "Share applications").</summary>
public sealed class GrantRulesTests
{
    private static readonly Grant Granted = new()
    {
        Id = "G-2026-00000000000A",
        Grantee = "TJ-JY",
        Resource = "market_entity",
        Items = [new GrantItem("contact_phone", LiftMask: true), new GrantItem("legal_rep")],
        RowScope = Scope("street", "苍霞"),
        Purpose = "校外培训机构法定代表人核查",
        ValidFrom = new DateOnly(2026, 3, 1),
        ValidTo = new DateOnly(2026, 12, 31),
        Approver = "u-city",
        ApplicationId = "A-1",
    };

    [Theory]
    [InlineData("u-dsj", "TJ-DSJ", Roles.Bureau, true)]
    [InlineData("u-scjg", "TJ-SCJG", Roles.Department, true)]
    [InlineData("u-jy", "TJ-JY", Roles.Department, false)]
    [InlineData("u-jy", "TJ-JY", Roles.Bureau, false)]
    [InlineData("u-city", "CITY-DSJ", Roles.Reviewer, false)]
    [InlineData("u-mz", "TJ-MZ", Roles.Bureau, false)]
    public void The_bureau_or_the_provider_revoke_a_grant_never_the_grantee(string user, string department, string role, bool may)
    {
        Assert.Equal(may, Rules.MayRevoke(Granted, Of(user, department, role)));
    }

    [Theory]
    [InlineData("TJ-JY", Roles.Department, true)]
    [InlineData("TJ-SCJG", Roles.Department, true)]
    [InlineData("TJ-DSJ", Roles.Bureau, true)]
    [InlineData("CITY-DSJ", Roles.Reviewer, false)]
    [InlineData("TJ-MZ", Roles.Cdo, false)]
    public void Only_the_grantee_the_provider_and_the_bureau_see_a_grant(string department, string role, bool sees)
    {
        Assert.Equal(sees, ShareApplicationRules.CanSeeGrant(Granted, Of("u", department, role), "TJ-SCJG"));
    }

    [Fact]
    public void A_revocation_needs_the_approved_state_and_makes_the_application_revoked()
    {
        var approved = In(ShareApplicationState.Approved);

        var revoked = Done(Rules.Revoke(approved, Provider, "用途已完成", Now));

        Assert.Equal((ShareApplicationState.Revoked, approved.Version + 1), (revoked.State, revoked.Version));
        Assert.Equal(
            (ShareApplicationStep.Revoke, "TJ-SCJG", "用途已完成"),
            (revoked.History[^1].Step, revoked.History[^1].Department, revoked.History[^1].Text)
        );
        Assert.Equal(ErrorCodes.Workflow.InvalidState, Rules.Revoke(revoked, Bureau, "再次撤销", Now).Code);
    }

    [Fact]
    public void A_renewal_is_prefilled_from_the_grant_and_its_application_and_starts_after_the_grant_ends()
    {
        var original = Request with { LiftMaskReason = "核查需要完整号码" };

        var renewal = Rules.Renewal(Granted, original, null, null, null, Now);

        Assert.Equal(
            ("market_entity", Granted.Purpose, original.Scenario, original.LegalBasis),
            (renewal.Resource, renewal.Purpose, renewal.Scenario, renewal.LegalBasis)
        );
        Assert.Equal(["contact_phone", "legal_rep"], renewal.Items);
        Assert.Equal(["contact_phone"], renewal.LiftMasks);
        Assert.Equal("核查需要完整号码", renewal.LiftMaskReason);
        Assert.Equal(Granted.RowScope, renewal.RowScope);
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 11, 2)), (renewal.ValidFrom, renewal.ValidTo));
        Assert.True(Rules.Submit("A-9", Applicant, renewal, Now).Succeeded);
    }

    [Fact]
    public void A_renewal_of_an_expired_grant_without_application_starts_today_and_needs_its_scenario_and_legal_basis()
    {
        var expired = Granted with { ValidFrom = new DateOnly(2025, 1, 1), ValidTo = new DateOnly(2025, 12, 31), ApplicationId = null };

        var renewal = Rules.Renewal(expired, null, Today.AddDays(30), null, null, Now);
        var given = Rules.Renewal(expired, null, null, "年检", "第十七条", Now);

        Assert.Equal((Today, Today.AddDays(30)), (renewal.ValidFrom, renewal.ValidTo));
        var refused = Rules.Submit("A-9", Applicant, renewal, Now);
        Assert.Equal(["legalBasis", "scenario"], refused.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
        Assert.Equal(Today.AddDays(364), given.ValidTo);
        Assert.Equal("Renewal of grant G-2026-00000000000A, which lifts these masks.", given.LiftMaskReason);
        Assert.True(Rules.Submit("A-9", Applicant, given, Now).Succeeded);
    }

    [Fact]
    public void A_renewal_is_capped_at_the_longest_validity()
    {
        var rules = new ShareApplicationRules(WorkflowWorld.Catalog, maxGrantDays: 100);

        var renewal = rules.Renewal(Granted, Request, null, null, null, Now);

        Assert.Equal(renewal.ValidFrom.AddDays(99), renewal.ValidTo);
    }

    [Theory]
    [InlineData("u-jy", "TJ-JY", Roles.Department, "用途已完成", false, ErrorCodes.Governance.Forbidden)]
    [InlineData("u-dsj", "TJ-DSJ", Roles.Bureau, "用途已完成", true, ErrorCodes.Workflow.InvalidState)]
    [InlineData("u-dsj", "TJ-DSJ", Roles.Bureau, "  ", false, ErrorCodes.Workflow.ReasonRequired)]
    [InlineData("u-scjg", "TJ-SCJG", Roles.Department, "用途已完成", false, null)]
    public void A_revocation_is_checked_for_the_right_the_state_and_the_reason(
        string user,
        string department,
        string role,
        string reason,
        bool revoked,
        string? code
    )
    {
        var grant = revoked ? Granted with { RevokedAt = Now.AddDays(-1) } : Granted;

        Assert.Equal(code, Rules.RevocationRefusal(grant, Of(user, department, role), reason, Now)?.Code);
    }

    [Theory]
    [InlineData("TJ-JY", Roles.Department, true)]
    [InlineData("TJ-JY", Roles.Cdo, true)]
    [InlineData("TJ-SCJG", Roles.Department, false)]
    [InlineData("TJ-DSJ", Roles.Bureau, false)]
    public void Only_the_grantee_department_renews_a_grant(string department, string role, bool may)
    {
        Assert.Equal(may, ShareApplicationRules.MayRenew(Granted, Of("u", department, role)));
    }
}
