using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;
using static TaijiangGraph.Server.Tests.Workflow.ApplicationStates;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// docs/policy.md (States and steps, Who may act): every step taken by a party that may not take it is <c>FORBIDDEN</c>, every
/// step on a state it does not apply to is <c>INVALID_STATE</c> (the role is checked first), and the application is unchanged
/// afterwards. One application of TJ-JY on <c>market_entity.legal_rep</c> per row, taken to the row's state by the sample parties.
/// </summary>
public sealed class StepRefusalTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private static readonly Dictionary<string, Party> Callers = new(StringComparer.Ordinal)
    {
        ["applicant"] = Party.Applicant,
        ["applicant-cdo"] = new("u-jy-cdo", "TJ-JY", "cdo"),
        ["bureau"] = Party.Bureau,
        ["bureau-as-department"] = new("u-dsj-staff", "TJ-DSJ", "department"),
        ["reviewer"] = Party.Reviewer,
        ["provider"] = Party.Provider,
        ["provider-cdo"] = new("u-scjg-cdo", "TJ-SCJG", "cdo"),
    };

    private WorkflowClient Client => WorkflowClient.Over(server);

    public static TheoryData<string, string, string, string> Refusals() =>
        new()
        {
            // step, caller, state the application is in, expected code
            { "FORWARD", "applicant", Submitted, "FORBIDDEN" },
            { "FORWARD", "applicant-cdo", Submitted, "FORBIDDEN" },
            { "FORWARD", "provider", Submitted, "FORBIDDEN" },
            { "FORWARD", "reviewer", Submitted, "FORBIDDEN" },
            // A TJ-DSJ clerk without the bureau role is no party: the application is not its to see.
            { "FORWARD", "bureau-as-department", Submitted, "UNKNOWN_APPLICATION" },
            { "FORWARD", "bureau", Returned, "INVALID_STATE" },
            { "FORWARD", "bureau", Forwarded, "INVALID_STATE" },
            { "FORWARD", "bureau", Approved, "INVALID_STATE" },
            { "FORWARD", "bureau", Rejected, "INVALID_STATE" },
            { "FORWARD", "bureau", Withdrawn, "INVALID_STATE" },
            { "FORWARD", "applicant", Approved, "FORBIDDEN" },
            { "RETURN", "applicant", Submitted, "FORBIDDEN" },
            { "RETURN", "provider", Submitted, "FORBIDDEN" },
            { "RETURN", "reviewer", Submitted, "FORBIDDEN" },
            { "RETURN", "bureau", Forwarded, "INVALID_STATE" },
            { "RETURN", "bureau", Returned, "INVALID_STATE" },
            { "RETURN", "bureau", Approved, "INVALID_STATE" },
            { "RESUBMIT", "bureau", Returned, "FORBIDDEN" },
            { "RESUBMIT", "provider", Returned, "FORBIDDEN" },
            { "RESUBMIT", "applicant", Submitted, "INVALID_STATE" },
            { "RESUBMIT", "applicant", Forwarded, "INVALID_STATE" },
            { "RESUBMIT", "applicant", Approved, "INVALID_STATE" },
            { "WITHDRAW", "bureau", Submitted, "FORBIDDEN" },
            { "WITHDRAW", "provider", Submitted, "FORBIDDEN" },
            { "WITHDRAW", "reviewer", Forwarded, "FORBIDDEN" },
            { "WITHDRAW", "applicant", Approved, "INVALID_STATE" },
            { "WITHDRAW", "applicant", Rejected, "INVALID_STATE" },
            { "WITHDRAW", "applicant", Withdrawn, "INVALID_STATE" },
            { "APPROVE", "applicant", Forwarded, "FORBIDDEN" },
            { "APPROVE", "applicant-cdo", Forwarded, "FORBIDDEN" },
            { "APPROVE", "provider", Forwarded, "FORBIDDEN" },
            { "APPROVE", "provider-cdo", Forwarded, "FORBIDDEN" },
            { "APPROVE", "bureau", Forwarded, "FORBIDDEN" },
            { "APPROVE", "reviewer", Submitted, "INVALID_STATE" },
            { "APPROVE", "reviewer", Returned, "INVALID_STATE" },
            { "APPROVE", "reviewer", Approved, "INVALID_STATE" },
            { "APPROVE", "reviewer", Rejected, "INVALID_STATE" },
            { "APPROVE", "reviewer", Withdrawn, "INVALID_STATE" },
            { "REJECT", "applicant", Forwarded, "FORBIDDEN" },
            { "REJECT", "provider", Forwarded, "FORBIDDEN" },
            { "REJECT", "bureau", Forwarded, "FORBIDDEN" },
            { "REJECT", "reviewer", Submitted, "INVALID_STATE" },
            { "REJECT", "reviewer", Approved, "INVALID_STATE" },
            { "COMMENT", "applicant", Submitted, "FORBIDDEN" },
            { "COMMENT", "bureau", Submitted, "FORBIDDEN" },
            { "COMMENT", "reviewer", Forwarded, "FORBIDDEN" },
            { "COMMENT", "provider", Approved, "INVALID_STATE" },
            { "COMMENT", "provider", Rejected, "INVALID_STATE" },
            { "COMMENT", "provider", Withdrawn, "INVALID_STATE" },
        };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_step_by_the_wrong_party_or_in_the_wrong_state_is_refused_with_its_code(
        string step,
        string caller,
        string state,
        string code
    )
    {
        var application = await InStateAsync(Client, state, Input());
        var id = WorkflowAssert.Id(application);
        try
        {
            var reply = await TakeAsync(Client, step, Callers[caller], id);

            WorkflowAssert.Refused(reply, code);
            var after = await Client.GetOkAsync(Party.Bureau, id);
            Assert.Equal(state, WorkflowAssert.State(after));
            Assert.Equal(WorkflowAssert.Version(application), WorkflowAssert.Version(after));
        }
        finally
        {
            await EndAsync(Client, id);
        }
    }

    [Fact]
    public async Task Every_right_step_by_its_party_is_taken_so_the_refusals_above_are_about_the_party_or_the_state()
    {
        var first = await InStateAsync(Client, Submitted, Input());
        var id = WorkflowAssert.Id(first);
        var commented = WorkflowAssert.Done(await Client.CommentAsync(Party.Provider, id, "登记信息每日更新"));
        var returned = WorkflowAssert.Done(await Client.ReturnAsync(Party.Bureau, id, "请补充应用场景"));
        var resubmitted = WorkflowAssert.Done(await Client.ResubmitAsync(Party.Applicant, id, Input()));
        var forwarded = WorkflowAssert.Done(await Client.ForwardAsync(Party.Bureau, id, "同意转报"));
        var rejected = WorkflowAssert.Done(await Client.RejectAsync(Party.Reviewer, id, "依据不足"));

        Assert.Equal(
            [Submitted, Returned, Submitted, Forwarded, Rejected],
            new[] { commented, returned, resubmitted, forwarded, rejected }.Select(WorkflowAssert.State)
        );
        Assert.Equal(["SUBMIT", "COMMENT", "RETURN", "RESUBMIT", "FORWARD", "REJECT"], WorkflowAssert.Steps(rejected));
        Assert.Equal(6, WorkflowAssert.Version(rejected));
    }

    [Fact]
    public async Task The_applicant_cannot_forward_its_own_application_with_a_token_that_also_carries_the_bureau_role()
    {
        // TJ-DSJ may hold department and bureau: as an applicant it may not act for the bureau on its own application.
        var both = new Party("u-dsj-both", "TJ-DSJ", "department", "bureau");
        var application = WorkflowAssert.Done(await Client.SubmitAsync(both, Input("contact_phone")));
        var id = WorkflowAssert.Id(application);
        try
        {
            WorkflowAssert.Refused(await Client.ForwardAsync(both, id), "FORBIDDEN");
            WorkflowAssert.Refused(await Client.ReturnAsync(both, id, "自己退回"), "FORBIDDEN");
            WorkflowAssert.Refused(await Client.ForwardAsync(Party.Bureau, id), "FORBIDDEN");
            Assert.Equal(Submitted, WorkflowAssert.State(await Client.GetOkAsync(Party.Bureau, id)));
        }
        finally
        {
            WorkflowAssert.Done(await Client.WithdrawAsync(both, id));
        }
    }

    [Fact]
    public async Task The_applicant_cannot_approve_with_a_token_that_also_carries_the_reviewer_role()
    {
        // TJ-JY may not hold reviewer: such a token is refused as a whole (docs/policy.md, Who is the caller).
        var both = new Party(Party.Applicant.User, "TJ-JY", "department", "reviewer");
        var application = await InStateAsync(Client, Forwarded, Input());
        var id = WorkflowAssert.Id(application);
        try
        {
            var reply = await Client.ApproveAsync(both, id);

            var approved =
                reply.HasData
                && reply.Data.ValueKind == JsonValueKind.Object
                && reply.Data.TryGetProperty("approveShareApplication", out var field)
                && field.ValueKind == JsonValueKind.Object;
            Assert.False(approved, reply.Text);
            Assert.NotEmpty(reply.Errors);
            Assert.Equal(Forwarded, WorkflowAssert.State(await Client.GetOkAsync(Party.Bureau, id)));
        }
        finally
        {
            await EndAsync(Client, id);
        }
    }

    [Fact]
    public async Task The_person_who_forwarded_cannot_decide_the_same_application_as_reviewer()
    {
        // One person id in both roles (two tokens): the clerk who forwards never approves or rejects.
        var clerk = new Party("u-dual", "TJ-DSJ", "bureau");
        var asReviewer = new Party("u-dual", "CITY-DSJ", "reviewer");
        var application = await Client.SubmitOkAsync(Party.Applicant, Input());
        var id = WorkflowAssert.Id(application);
        try
        {
            WorkflowAssert.Done(await Client.ForwardAsync(clerk, id, "同意转报"));

            WorkflowAssert.Refused(await Client.ApproveAsync(asReviewer, id), "FORBIDDEN");
            WorkflowAssert.Refused(await Client.RejectAsync(asReviewer, id, "依据不足"), "FORBIDDEN");
            Assert.Equal(Forwarded, WorkflowAssert.State(await Client.GetOkAsync(Party.Bureau, id)));
        }
        finally
        {
            await EndAsync(Client, id);
        }
    }

    [Fact]
    public async Task Return_and_reject_without_a_reason_are_reason_required()
    {
        var submitted = await InStateAsync(Client, Submitted, Input());
        var id = WorkflowAssert.Id(submitted);
        try
        {
            WorkflowAssert.Refused(await Client.ReturnAsync(Party.Bureau, id, ""), "REASON_REQUIRED");
            WorkflowAssert.Refused(await Client.ReturnAsync(Party.Bureau, id, "   "), "REASON_REQUIRED");
            WorkflowAssert.Refused(await Client.CommentAsync(Party.Provider, id, " "), "REASON_REQUIRED");
            WorkflowAssert.Done(await Client.ForwardAsync(Party.Bureau, id));
            WorkflowAssert.Refused(await Client.RejectAsync(Party.Reviewer, id, ""), "REASON_REQUIRED");
            Assert.Equal(Forwarded, WorkflowAssert.State(await Client.GetOkAsync(Party.Bureau, id)));
        }
        finally
        {
            await EndAsync(Client, id);
        }
    }

    /// <summary>Takes <paramref name="step"/> with valid arguments, so only the party and the state can refuse it.</summary>
    internal static Task<GraphQLReply> TakeAsync(WorkflowClient client, string step, Party caller, string id) =>
        step switch
        {
            "FORWARD" => client.ForwardAsync(caller, id, "同意转报"),
            "RETURN" => client.ReturnAsync(caller, id, "请补充说明"),
            "RESUBMIT" => client.ResubmitAsync(caller, id, Input()),
            "WITHDRAW" => client.WithdrawAsync(caller, id),
            "APPROVE" => client.ApproveAsync(caller, id),
            "REJECT" => client.RejectAsync(caller, id, "依据不足"),
            "COMMENT" => client.CommentAsync(caller, id, "数据每日更新"),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a step."),
        };

    internal static Dictionary<string, object?> Input(string item = "legal_rep") =>
        ApplicationInputs.Input("market_entity", [item], ApplicationInputs.ChinaDay(TaijiangServerFactory.Now));
}
