using System.Text.Json;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// Brings a new application of <see cref="Party.Applicant"/> into a state through the API (docs/policy.md, States and steps), each
/// step by its sample party; and ends a pending one (withdraw) so the next submission is no duplicate.
/// </summary>
public static class ApplicationStates
{
    public const string Submitted = "SUBMITTED";
    public const string Returned = "RETURNED";
    public const string Forwarded = "FORWARDED";
    public const string Approved = "APPROVED";
    public const string Rejected = "REJECTED";
    public const string Withdrawn = "WITHDRAWN";

    /// <summary>A new application for <paramref name="input"/>, taken to <paramref name="state"/>.</summary>
    public static async Task<JsonElement> InStateAsync(WorkflowClient client, string state, object input)
    {
        var application = await client.SubmitOkAsync(Party.Applicant, input);
        var id = WorkflowAssert.Id(application);
        switch (state)
        {
            case Submitted:
                break;
            case Returned:
                application = WorkflowAssert.Done(await client.ReturnAsync(Party.Bureau, id, "用途与场景不符，请补充说明"));
                break;
            case Withdrawn:
                application = WorkflowAssert.Done(await client.WithdrawAsync(Party.Applicant, id));
                break;
            default:
                application = WorkflowAssert.Done(await client.ForwardAsync(Party.Bureau, id, "同意转报"));
                application = state switch
                {
                    Forwarded => application,
                    Approved => WorkflowAssert.Done(await client.ApproveAsync(Party.Reviewer, id)),
                    Rejected => WorkflowAssert.Done(await client.RejectAsync(Party.Reviewer, id, "依据不足")),
                    _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a state a test starts from."),
                };
                break;
        }

        Assert.Equal(state, WorkflowAssert.State(application));
        return application;
    }

    /// <summary>Withdraws <paramref name="id"/> when it is still pending, as <paramref name="applicant"/> (default
    /// <see cref="Party.Applicant"/>).</summary>
    public static async Task EndAsync(WorkflowClient client, string id, Party? applicant = null)
    {
        var application = await client.GetOkAsync(Party.Bureau, id);
        if (WorkflowAssert.State(application) is Submitted or Returned or Forwarded)
        {
            WorkflowAssert.Done(await client.WithdrawAsync(applicant ?? Party.Applicant, id));
        }
    }
}
