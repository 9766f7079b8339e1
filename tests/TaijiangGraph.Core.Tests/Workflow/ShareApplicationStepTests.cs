using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Tests.Catalog;
using TaijiangGraph.Core.Workflow;
using static TaijiangGraph.Core.Tests.Workflow.WorkflowWorld;

namespace TaijiangGraph.Core.Tests.Workflow;

/// <summary>The steps of a share application: who may take which step in which state (docs/policy.md, "Share applications").</summary>
public sealed class ShareApplicationStepTests
{
    private static readonly Dictionary<string, Principal> Actors = new(StringComparer.Ordinal)
    {
        ["applicant"] = Applicant,
        ["applicantColleague"] = ApplicantColleague,
        ["applicantAllRoles"] = ApplicantAllRoles,
        ["bureau"] = Bureau,
        ["reviewer"] = Reviewer,
        ["provider"] = Provider,
        ["other"] = Other,
    };

    // Hand-written: who may take each step, and in which states.
    private static readonly Dictionary<ShareApplicationStep, (string[] Actors, ShareApplicationState[] States)> Allowed = new()
    {
        [ShareApplicationStep.Forward] = (["bureau"], [ShareApplicationState.Submitted]),
        [ShareApplicationStep.Return] = (["bureau"], [ShareApplicationState.Submitted]),
        [ShareApplicationStep.Resubmit] = (["applicant", "applicantColleague", "applicantAllRoles"], [ShareApplicationState.Returned]),
        [ShareApplicationStep.Withdraw] = (
            ["applicant", "applicantColleague", "applicantAllRoles"],
            [ShareApplicationState.Submitted, ShareApplicationState.Returned, ShareApplicationState.Forwarded]
        ),
        [ShareApplicationStep.Approve] = (["reviewer"], [ShareApplicationState.Forwarded]),
        [ShareApplicationStep.Reject] = (["reviewer"], [ShareApplicationState.Forwarded]),
        [ShareApplicationStep.Comment] = (
            ["provider"],
            [ShareApplicationState.Submitted, ShareApplicationState.Returned, ShareApplicationState.Forwarded]
        ),
        [ShareApplicationStep.Revoke] = (["bureau", "provider"], [ShareApplicationState.Approved]),
    };

    public static TheoryData<ShareApplicationState, ShareApplicationStep, string, string?> Matrix()
    {
        var data = new TheoryData<ShareApplicationState, ShareApplicationStep, string, string?>();
        foreach (var state in Enum.GetValues<ShareApplicationState>())
        {
            foreach (var (step, (actors, states)) in Allowed)
            {
                foreach (var actor in Actors.Keys)
                {
                    var code =
                        !actors.Contains(actor) ? ErrorCodes.Governance.Forbidden
                        : !states.Contains(state) ? ErrorCodes.Workflow.InvalidState
                        : null;
                    data.Add(state, step, actor, code);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Every_step_by_every_party_in_every_state(
        ShareApplicationState state,
        ShareApplicationStep step,
        string actor,
        string? expected
    )
    {
        var application = In(state);

        var outcome = Take(application, step, Actors[actor]);

        Assert.Equal(expected, outcome.Code);
        if (expected is null)
        {
            Assert.Equal(application.Version + 1, outcome.Application!.Version);
            Assert.Equal(step, outcome.Application.History[^1].Step);
            Assert.Equal(Actors[actor].UserId, outcome.Application.History[^1].UserId);
        }
        else
        {
            Assert.Null(outcome.Application);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Message));
        }
    }

    [Fact]
    public void Submit_forward_approve_produces_the_grant_that_shows_legal_rep_masked_by_its_name_rule()
    {
        var submitted = Submitted();
        var forwarded = Done(Rules.Forward(submitted, Bureau, null, Now));
        var validTo = Today.AddDays(30);

        var outcome = Rules.Approve(forwarded, Reviewer, new ApprovalTerms { Opinion = "同意", ValidTo = validTo }, "G-9", Now);

        var approved = Done(outcome);
        Assert.Equal(
            [(ShareApplicationState.Submitted, 1), (ShareApplicationState.Forwarded, 2), (ShareApplicationState.Approved, 3)],
            new[] { submitted, forwarded, approved }.Select(a => (a.State, a.Version))
        );
        Assert.Equal(
            [ShareApplicationStep.Submit, ShareApplicationStep.Forward, ShareApplicationStep.Approve],
            approved.History.Select(h => h.Step)
        );
        var grant = Assert.IsType<Grant>(outcome.Grant);
        Assert.Equal(("G-9", "TJ-JY", "market_entity", "u-city"), (grant.Id, grant.Grantee, grant.Resource, grant.Approver));
        Assert.Equal([new GrantItem("legal_rep", false)], grant.Items);
        Assert.Equal((Today, validTo, Request.Purpose), (grant.ValidFrom, grant.ValidTo, grant.Purpose));
        Assert.True(grant.RowScope.IsAllRows);

        var resource = WorkflowWorld.Catalog.FindResource("market_entity")!;
        var decision = AccessPolicy.Decide("TJ-JY", resource, resource.FindItem("legal_rep")!, [grant], Now);
        Assert.Equal(AccessDecision.Masked(TaijiangGraph.Core.Catalog.MaskingRule.Name, [], ["G-9"]).ToString(), decision.ToString());
        Assert.Equal(["G-9"], decision.GrantIds);
    }

    [Fact]
    public void Returned_application_is_submitted_again_with_its_new_input()
    {
        var returned = In(ShareApplicationState.Returned);

        var resubmitted = Done(Rules.Resubmit(returned, ApplicantColleague, Request with { ValidTo = Today.AddDays(10) }, Now));

        Assert.Equal((ShareApplicationState.Submitted, 3), (resubmitted.State, resubmitted.Version));
        Assert.Equal(Today.AddDays(10), resubmitted.Request.ValidTo);
        Assert.Equal(
            (ShareApplicationState.Returned, ShareApplicationState.Submitted),
            (resubmitted.History[^1].Before, resubmitted.History[^1].After)
        );
    }

    [Fact]
    public void Resubmitting_a_broken_input_is_refused_with_its_violations()
    {
        var outcome = Rules.Resubmit(In(ShareApplicationState.Returned), Applicant, Request with { Items = ["inspection_notes"] }, Now);

        Assert.Equal(ErrorCodes.Workflow.NotShareable, outcome.Code);
        Assert.Single(outcome.Violations);
    }

    [Theory]
    [InlineData(ShareApplicationStep.Return, null)]
    [InlineData(ShareApplicationStep.Return, "   ")]
    [InlineData(ShareApplicationStep.Reject, null)]
    [InlineData(ShareApplicationStep.Reject, "")]
    [InlineData(ShareApplicationStep.Comment, null)]
    [InlineData(ShareApplicationStep.Revoke, " ")]
    public void A_refusing_step_or_a_comment_needs_its_reason(ShareApplicationStep step, string? reason)
    {
        var application = step switch
        {
            ShareApplicationStep.Reject => In(ShareApplicationState.Forwarded),
            ShareApplicationStep.Revoke => In(ShareApplicationState.Approved),
            _ => Submitted(),
        };
        var outcome = step switch
        {
            ShareApplicationStep.Return => Rules.Return(application, Bureau, reason, Now),
            ShareApplicationStep.Reject => Rules.Reject(application, Reviewer, reason, Now),
            ShareApplicationStep.Revoke => Rules.Revoke(application, Provider, reason, Now),
            _ => Rules.Comment(application, Provider, reason, Now),
        };

        Assert.Equal(ErrorCodes.Workflow.ReasonRequired, outcome.Code);
    }

    [Fact]
    public void The_applicant_cannot_forward_or_approve_even_with_a_token_carrying_bureau_and_reviewer()
    {
        Assert.Equal(ErrorCodes.Governance.Forbidden, Rules.Forward(Submitted(), ApplicantAllRoles, "同意", Now).Code);
        Assert.Equal(ErrorCodes.Governance.Forbidden, Rules.Approve(Forwarded(), ApplicantAllRoles, new ApprovalTerms(), "G", Now).Code);
        Assert.Equal(ErrorCodes.Governance.Forbidden, Rules.Approve(Forwarded(), Applicant, new ApprovalTerms(), "G", Now).Code);
    }

    [Fact]
    public void The_bureau_department_cannot_forward_its_own_application()
    {
        var own = Done(Rules.Submit("A-2", BureauColleague, Request, Now));

        var outcome = Rules.Forward(own, Bureau, "同意", Now);

        Assert.Equal(ErrorCodes.Governance.Forbidden, outcome.Code);
    }

    [Fact]
    public void The_provider_cannot_approve_an_application_for_its_own_resource()
    {
        var catalog = WorkflowWorld.Catalog.WithResource("market_entity", r => r with { Provider = "CITY-DSJ" });
        var rules = new ShareApplicationRules(catalog);
        var forwarded = Done(rules.Forward(Submitted(rules: rules), Bureau, null, Now));

        Assert.Equal(ErrorCodes.Governance.Forbidden, rules.Approve(forwarded, Reviewer, new ApprovalTerms(), "G", Now).Code);
        Assert.Equal(ErrorCodes.Governance.Forbidden, rules.Reject(forwarded, Reviewer, "不同意", Now).Code);
        Assert.Equal(
            ErrorCodes.Governance.Forbidden,
            Rules.Approve(Forwarded(), Of("u-x", "TJ-SCJG", Roles.Reviewer), new(), "G", Now).Code
        );
    }

    [Fact]
    public void No_person_acts_for_two_parties_of_one_application()
    {
        var sameUserAsReviewer = Of(Bureau.UserId, "CITY-DSJ", Roles.Reviewer);

        Assert.Equal(ErrorCodes.Governance.Forbidden, Rules.Approve(Forwarded(), sameUserAsReviewer, new(), "G", Now).Code);
        Assert.True(Rules.Approve(Forwarded(), Reviewer, new(), "G", Now).Succeeded);
    }

    [Fact]
    public void The_same_bureau_user_may_forward_what_it_returned_once_resubmitted()
    {
        var returned = In(ShareApplicationState.Returned);
        var resubmitted = Done(Rules.Resubmit(returned, Applicant, Request, Now));

        Assert.True(Rules.Forward(resubmitted, Bureau, null, Now).Succeeded);
    }

    [Fact]
    public void A_comment_keeps_the_state_and_moves_the_version()
    {
        var forwarded = Forwarded();

        var commented = Done(Rules.Comment(forwarded, Provider, "该字段仅限核查使用", Now));

        Assert.Equal((ShareApplicationState.Forwarded, forwarded.Version + 1), (commented.State, commented.Version));
        Assert.Equal("该字段仅限核查使用", commented.History[^1].Text);
    }

    [Theory]
    [InlineData("applicant", true)]
    [InlineData("applicantColleague", true)]
    [InlineData("bureau", true)]
    [InlineData("reviewer", true)]
    [InlineData("provider", true)]
    [InlineData("other", false)]
    public void Only_the_parties_see_an_application(string actor, bool sees)
    {
        Assert.Equal(sees, ShareApplicationRules.CanSee(Submitted(), Actors[actor], "TJ-SCJG"));
    }

    private static ShareApplicationOutcome Take(ShareApplication application, ShareApplicationStep step, Principal actor) =>
        step switch
        {
            ShareApplicationStep.Forward => Rules.Forward(application, actor, "同意转报", Now),
            ShareApplicationStep.Return => Rules.Return(application, actor, "请补充依据", Now),
            ShareApplicationStep.Resubmit => Rules.Resubmit(application, actor, Request, Now),
            ShareApplicationStep.Withdraw => Rules.Withdraw(application, actor, Now),
            ShareApplicationStep.Approve => Rules.Approve(application, actor, new ApprovalTerms { Opinion = "同意" }, "G-2", Now),
            ShareApplicationStep.Reject => Rules.Reject(application, actor, "用途不明确", Now),
            ShareApplicationStep.Comment => Rules.Comment(application, actor, "请注意用途限制", Now),
            ShareApplicationStep.Revoke => Rules.Revoke(application, actor, "用途已完成", Now),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
}
