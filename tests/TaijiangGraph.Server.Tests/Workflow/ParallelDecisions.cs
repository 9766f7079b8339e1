using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// docs/workflow.md (Concurrency): an approval and a rejection sent at once with the version both read end in exactly one
/// success and one <c>STALE_STATE</c>; the stored application is the winner's, with one decision in its history, and a grant
/// exactly when the approval won.
/// </summary>
public static class ParallelDecisions
{
    /// <summary>Runs <paramref name="rounds"/> races on a server where TJ-JY has no grant from an application yet; returns how often the
    /// approval won.</summary>
    public static async Task<int> RaceAsync(WorkflowClient client, DateOnly today, int rounds)
    {
        var approvals = 0;
        for (var round = 0; round < rounds; round++)
        {
            var input = ApplicationInputs.Input("market_entity", ["legal_rep"], today);
            var submitted = await client.SubmitOkAsync(Party.Applicant, input);
            var id = WorkflowAssert.Id(submitted);
            var forwarded = WorkflowAssert.Done(await client.ForwardAsync(Party.Bureau, id, "同意转报"));
            var version = WorkflowAssert.Version(forwarded);

            var replies = await Task.WhenAll(
                client.ApproveAsync(Party.Reviewer, id, version: version, opinion: "同意"),
                client.RejectAsync(Party.Reviewer, id, "依据不足", version: version)
            );

            var done = replies.Where(r => r.Errors.Count == 0).ToList();
            Assert.True(done.Count == 1, $"Round {round}: expected one success, got {replies[0].Text} and {replies[1].Text}");
            var loser = replies.Single(r => r.Errors.Count > 0);
            WorkflowAssert.Refused(loser, "STALE_STATE");
            var winner = WorkflowAssert.Done(done[0]);
            var stored = await client.GetOkAsync(Party.Bureau, id);
            Assert.Equal(WorkflowAssert.State(winner), WorkflowAssert.State(stored));
            Assert.Equal(version + 1, WorkflowAssert.Version(stored));
            Assert.Equal(
                ["SUBMIT", "FORWARD", WorkflowAssert.State(stored) == "APPROVED" ? "APPROVE" : "REJECT"],
                WorkflowAssert.Steps(stored)
            );
            var grantId = WorkflowAssert.Text(stored, "grantId");
            if (WorkflowAssert.State(stored) == "APPROVED")
            {
                approvals++;
                Assert.NotNull(grantId);
            }
            else
            {
                Assert.Equal("REJECTED", WorkflowAssert.State(stored));
                Assert.Null(grantId);
            }

            Assert.Equal(approvals, await GrantsOfApplicationsAsync(client));
        }

        return approvals;
    }

    /// <summary>How many of the applicant's grants on <c>market_entity</c> came from an application.</summary>
    private static async Task<int> GrantsOfApplicationsAsync(WorkflowClient client)
    {
        var reply = await client.Call(Party.Applicant, "{ grants(resource: \"market_entity\") { id applicationId } }");
        return reply
            .DataWithoutErrors()
            .GetProperty("grants")
            .EnumerateArray()
            .Count(g => g.GetProperty("applicationId").ValueKind == JsonValueKind.String);
    }

    /// <summary>Today in China at the pinned clock of <see cref="TaijiangServerFactory"/>.</summary>
    public static DateOnly Today => ApplicationInputs.ChinaDay(TaijiangServerFactory.Now);
}
