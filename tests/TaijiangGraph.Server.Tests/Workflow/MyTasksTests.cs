using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// docs/workflow.md (Inbox): <c>myTasks</c> gives the bureau the applications to forward, the reviewer those to decide, the
/// applicant its returned applications (no due date) and its grants expiring within 30 days (due at the end of validTo), the
/// provider the pending applications on its resources it has not commented on; a caller of several parties gets all, overdue
/// first, then by due date, tasks without one last.
/// </summary>
public sealed class MyTasksTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Each_party_sees_what_waits_on_it_until_it_has_acted()
    {
        await using var server = MovingClockServer();
        var client = WorkflowClient.Over(server);
        var today = ApplicationInputs.ChinaDay(TaijiangServerFactory.Now);
        var first = await client.SubmitOkAsync(Party.Applicant, ApplicationInputs.Input("market_entity", ["legal_rep"], today));
        var id = WorkflowAssert.Id(first);

        var forward = Assert.Single(await client.TasksAsync(Party.Bureau));
        Assert.Equal(("FORWARD", id), Of(forward));
        Assert.Equal(WorkflowAssert.Instant(first, "dueAt"), WorkflowAssert.Instant(forward, "dueAt"));
        Assert.False(forward.GetProperty("overdue").GetBoolean());
        var comment = Assert.Single(await client.TasksAsync(Party.Provider));
        Assert.Equal(("COMMENT", id), Of(comment));
        Assert.Equal(WorkflowAssert.Instant(first, "dueAt"), WorkflowAssert.Instant(comment, "dueAt"));
        Assert.Empty(await client.TasksAsync(Party.Reviewer));
        Assert.Empty(await client.TasksAsync(Party.Applicant));
        Assert.Empty(await client.TasksAsync(Party.Outsider));

        WorkflowAssert.Done(await client.CommentAsync(Party.Provider, id, "登记信息每日更新"));
        Assert.Empty(await client.TasksAsync(Party.Provider));
        var forwarded = WorkflowAssert.Done(await client.ForwardAsync(Party.Bureau, id, "同意转报"));
        Assert.Empty(await client.TasksAsync(Party.Bureau));
        var decide = Assert.Single(await client.TasksAsync(Party.Reviewer));
        Assert.Equal(("DECIDE", id), Of(decide));
        Assert.Equal(WorkflowAssert.Instant(forwarded, "dueAt"), WorkflowAssert.Instant(decide, "dueAt"));
        Assert.Empty(await client.TasksAsync(Party.Provider));

        // TJ-MZ applies too; the provider is asked to comment while it is pending, and TJ-MZ is asked to resubmit once returned.
        var second = WorkflowAssert.Id(
            await client.SubmitOkAsync(Party.Outsider, ApplicationInputs.Input("market_entity", ["contact_phone"], today))
        );
        Assert.Equal(("COMMENT", second), Of(Assert.Single(await client.TasksAsync(Party.Provider))));
        WorkflowAssert.Done(await client.ReturnAsync(Party.Bureau, second, "请补充依据"));
        var resubmit = Assert.Single(await client.TasksAsync(Party.Outsider));
        Assert.Equal(("RESUBMIT", second), Of(resubmit));
        Assert.Equal(JsonValueKind.Null, resubmit.GetProperty("dueAt").ValueKind);
        Assert.False(resubmit.GetProperty("overdue").GetBoolean());
        Assert.Empty(await client.TasksAsync(Party.Provider));
        Assert.Empty(await client.TasksAsync(Party.Bureau));

        // Approved until today + 20: a grant expiring within 30 days is a task of the grantee, due at the end of its validTo.
        var approved = WorkflowAssert.Done(await client.ApproveAsync(Party.Reviewer, id, validTo: today.AddDays(20)));
        Assert.Empty(await client.TasksAsync(Party.Reviewer));
        var expiring = Assert.Single(await client.TasksAsync(Party.Applicant));
        Assert.Equal("GRANT_EXPIRING", expiring.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, expiring.GetProperty("application").ValueKind);
        Assert.Equal(WorkflowAssert.Text(approved, "grantId"), expiring.GetProperty("grant").GetProperty("id").GetString());
        var end = today.AddDays(21);
        Assert.Equal(new DateTimeOffset(end.Year, end.Month, end.Day, 0, 0, 0, China), WorkflowAssert.Instant(expiring, "dueAt"));
        Assert.False(expiring.GetProperty("overdue").GetBoolean());

        // A grant valid for longer than 30 more days is no task.
        var third = WorkflowAssert.Id(
            await client.SubmitOkAsync(Party.Applicant, ApplicationInputs.Input("market_entity", ["legal_rep_id"], today, days: 60))
        );
        WorkflowAssert.Done(await client.ForwardAsync(Party.Bureau, third));
        WorkflowAssert.Done(await client.ApproveAsync(Party.Reviewer, third));
        Assert.Equal("GRANT_EXPIRING", Assert.Single(await client.TasksAsync(Party.Applicant)).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Tasks_come_overdue_first_then_by_due_date_and_tasks_without_a_due_date_last()
    {
        await using var server = MovingClockServer();
        var client = WorkflowClient.Over(server);
        var scjg = new Party("u-scjg-multi", "TJ-SCJG", "department");

        // TJ-SCJG is the provider of market_entity (COMMENT tasks) and an applicant for household_person (a RESUBMIT task).
        var own = await client.SubmitOkAsync(scjg, ApplicationInputs.Input("household_person", ["name"], Today(server)));
        WorkflowAssert.Done(await client.ReturnAsync(Party.Bureau, WorkflowAssert.Id(own), "请补充依据"));
        var early = WorkflowAssert.Id(
            await client.SubmitOkAsync(Party.Applicant, ApplicationInputs.Input("market_entity", ["legal_rep"], Today(server)))
        );
        server.Clock.Advance(TimeSpan.FromDays(20));
        var late = WorkflowAssert.Id(
            await client.SubmitOkAsync(Party.Outsider, ApplicationInputs.Input("market_entity", ["legal_rep"], Today(server)))
        );

        var tasks = await client.TasksAsync(scjg);
        var bureau = await client.TasksAsync(Party.Bureau);

        Assert.Equal([("COMMENT", early), ("COMMENT", late), ("RESUBMIT", WorkflowAssert.Id(own))], tasks.Select(Of));
        Assert.Equal([true, false, false], tasks.Select(t => t.GetProperty("overdue").GetBoolean()));
        Assert.Equal([("FORWARD", early), ("FORWARD", late)], bureau.Select(Of));
        Assert.Equal([true, false], bureau.Select(t => t.GetProperty("overdue").GetBoolean()));
        AssertOrdered(tasks);
        AssertOrdered(bureau);
    }

    private static void AssertOrdered(IReadOnlyList<JsonElement> tasks)
    {
        var keys = tasks
            .Select(t =>
                (Overdue: t.GetProperty("overdue").GetBoolean(), DueAt: WorkflowAssert.Instant(t, "dueAt") ?? DateTimeOffset.MaxValue)
            )
            .ToList();
        var ordered = keys.OrderByDescending(k => k.Overdue).ThenBy(k => k.DueAt).ToList();
        Assert.Equal(ordered, keys);
    }

    private static DateOnly Today(TaijiangServerFactory server) => ApplicationInputs.ChinaDay(server.Clock.GetUtcNow());

    private static (string Kind, string? Application) Of(JsonElement task) =>
        (
            task.GetProperty("kind").GetString()!,
            task.GetProperty("application").ValueKind == JsonValueKind.Object ? WorkflowAssert.Id(task.GetProperty("application")) : null
        );

    /// <summary>A server whose clock the test moves by days or months: the catalog refresh timer is off (0), else the fake clock would
    /// fire it once for every elapsed period.</summary>
    private static TaijiangServerFactory MovingClockServer() => TaijiangServerFactory.With(("Catalog:RefreshSeconds", "0"));
}
