using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// docs/workflow.md (Working days, Due dates): with the server's clock pinned and moved, <c>dueAt</c> counts working days on the
/// bureau's calendar (a holiday week skipped, a 调休 Saturday counted), <c>overdue</c> flips exactly at <c>dueAt</c> (00:00 CST
/// after the due day), <c>calendarKnown</c> is false for a year without calendar, and each history entry shows the working days
/// its step took. Expected instants are worked out by hand in the comments (2027-02-03 is a Wednesday). One server per test: the
/// clock only moves forward.
/// </summary>
public sealed class DueDateTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    // The calendar of 2027 the bureau enters: a holiday week Saturday 02-06 to Friday 02-12, and Saturday 02-20 worked (调休).
    private static readonly DateOnly[] Holidays = [.. Enumerable.Range(6, 7).Select(d => new DateOnly(2027, 2, d))];
    private static readonly DateOnly[] Workdays = [new(2027, 2, 20)];

    [Fact]
    public async Task Without_a_calendar_only_weekends_are_off_and_the_calendar_is_not_known()
    {
        await using var server = MovingClockServer();
        var client = WorkflowClient.Over(server);

        // Thursday 2026-11-26 12:00 CST; ten working days: 11-27, 11-30, 12-01 … 12-04, 12-07 … 12-10 → due 12-10, dueAt 12-11 00:00.
        var application = await client.SubmitOkAsync(Party.Applicant, Input(server));

        Assert.Equal(new DateTimeOffset(2026, 12, 11, 0, 0, 0, China), WorkflowAssert.Instant(application, "dueAt"));
        Assert.False(application.GetProperty("calendarKnown").GetBoolean());
        Assert.False(application.GetProperty("overdue").GetBoolean());
        var year = WorkflowClient.Ok(
            await client.Call(Party.Bureau, "{ workingCalendar(year: 2026) { year known holidays workdays } }"),
            "workingCalendar"
        );
        Assert.Equal("""{"year":2026,"known":false,"holidays":[],"workdays":[]}""", year.GetRawText());
    }

    [Fact]
    public async Task Due_at_skips_weekends_and_a_holiday_week_counts_a_worked_saturday_and_overdue_flips_at_due_at()
    {
        await using var server = MovingClockServer();
        var client = WorkflowClient.Over(server);
        await SetCalendarAsync(client);
        server.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 3, 10, 0, 0, China));

        // After Wednesday 02-03: 02-04 (1), 02-05 (2), holiday week and weekend off, 02-15 … 02-19 (3–7), Saturday 02-20 worked (8),
        // Sunday off, 02-22 (9), 02-23 (10) → due Tuesday 02-23, dueAt 02-24 00:00 CST.
        var application = await client.SubmitOkAsync(Party.Applicant, Input(server));
        var id = WorkflowAssert.Id(application);
        var dueAt = new DateTimeOffset(2027, 2, 24, 0, 0, 0, China);

        Assert.Equal(dueAt, WorkflowAssert.Instant(application, "dueAt"));
        Assert.Equal(China, WorkflowAssert.Instant(application, "dueAt")!.Value.Offset);
        Assert.True(application.GetProperty("calendarKnown").GetBoolean());

        server.Clock.SetUtcNow(dueAt.AddTicks(-1));
        var before = await client.GetOkAsync(Party.Bureau, id);
        var taskBefore = Assert.Single(await client.TasksAsync(Party.Bureau), t => ApplicationOf(t) == id);
        server.Clock.SetUtcNow(dueAt);
        var at = await client.GetOkAsync(Party.Bureau, id);
        var taskAt = Assert.Single(await client.TasksAsync(Party.Bureau), t => ApplicationOf(t) == id);

        Assert.False(before.GetProperty("overdue").GetBoolean());
        Assert.False(taskBefore.GetProperty("overdue").GetBoolean());
        Assert.True(at.GetProperty("overdue").GetBoolean());
        Assert.True(taskAt.GetProperty("overdue").GetBoolean());
        Assert.Equal(dueAt, WorkflowAssert.Instant(taskAt, "dueAt"));
    }

    [Fact]
    public async Task The_history_shows_the_working_days_each_step_took_and_whether_it_was_late()
    {
        await using var server = MovingClockServer();
        var client = WorkflowClient.Over(server);
        await SetCalendarAsync(client);
        server.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 3, 10, 0, 0, China));
        var id = WorkflowAssert.Id(await client.SubmitOkAsync(Party.Applicant, Input(server)));

        // Forwarded Monday 02-15: 02-04, 02-05, 02-15 → 3 days. Decision due ten working days after 02-15: 02-16 … 02-20 (调休),
        // 02-22 … 02-26 → due Friday 02-26, dueAt 02-27 00:00 CST.
        server.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 15, 10, 0, 0, China));
        var forwarded = WorkflowAssert.Done(await client.ForwardAsync(Party.Bureau, id, "同意转报"));
        Assert.Equal(new DateTimeOffset(2027, 2, 27, 0, 0, 0, China), WorkflowAssert.Instant(forwarded, "dueAt"));

        // Approved on the worked Saturday 02-20: 02-16 … 02-20 → 5 days.
        server.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 20, 10, 0, 0, China));
        var approved = WorkflowAssert.Done(await client.ApproveAsync(Party.Reviewer, id));

        Assert.Equal([("SUBMIT", 0, false), ("FORWARD", 3, false), ("APPROVE", 5, false)], Entries(approved));
        Assert.Null(WorkflowAssert.Text(approved, "dueAt"));
        Assert.False(approved.GetProperty("overdue").GetBoolean());
        Assert.True(approved.GetProperty("calendarKnown").GetBoolean());

        // Submitted on the worked Saturday 02-20: due ten working days later, 02-22 … 02-26, 03-01 … 03-05 → dueAt 03-06 00:00 CST;
        // returned Monday 03-08: 11 working days, late.
        var second = await client.SubmitOkAsync(Party.Applicant, Input(server, "contact_phone"));
        Assert.Equal(new DateTimeOffset(2027, 3, 6, 0, 0, 0, China), WorkflowAssert.Instant(second, "dueAt"));
        server.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 8, 9, 0, 0, China));
        var returned = WorkflowAssert.Done(await client.ReturnAsync(Party.Bureau, WorkflowAssert.Id(second), "超期退回，请补充依据"));

        Assert.Equal([("SUBMIT", 0, false), ("RETURN", 11, true)], Entries(returned));
        Assert.Equal(
            ["2027-02-20T10:00:00+08:00", "2027-03-08T09:00:00+08:00"],
            returned
                .GetProperty("history")
                .EnumerateArray()
                .Select(h =>
                    WorkflowAssert
                        .Instant(h, "at")!
                        .Value.ToOffset(China)
                        .ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)
                )
        );
    }

    [Fact]
    public async Task Only_the_bureau_sets_a_calendar_and_a_due_date_reaching_into_a_year_without_one_is_not_known()
    {
        await using var server = MovingClockServer();
        var client = WorkflowClient.Over(server);
        WorkflowAssert.Refused(await client.SetCalendarAsync(Party.Applicant, 2027, Holidays, Workdays), "FORBIDDEN");
        WorkflowAssert.Refused(await client.SetCalendarAsync(Party.Reviewer, 2027, Holidays, Workdays), "FORBIDDEN");
        WorkflowAssert.Refused(
            await client.SetCalendarAsync(Party.Bureau, 2027, Holidays, [new DateOnly(2027, 2, 17)]),
            "INVALID_CALENDAR"
        );
        var set = await SetCalendarAsync(client);
        Assert.Equal(
            """{"year":2027,"known":true,"holidays":["2027-02-06","2027-02-07","2027-02-08","2027-02-09","2027-02-10","2027-02-11","""
                + "\"2027-02-12\"],\"workdays\":[\"2027-02-20\"]}",
            set.GetRawText()
        );

        // Wednesday 2027-12-22: ten working days reach 2028-01-05, and 2028 has no calendar.
        server.Clock.SetUtcNow(new DateTimeOffset(2027, 12, 22, 10, 0, 0, China));
        var application = await client.SubmitOkAsync(Party.Applicant, Input(server));

        Assert.False(application.GetProperty("calendarKnown").GetBoolean());
        Assert.Equal(new DateTimeOffset(2028, 1, 6, 0, 0, 0, China), WorkflowAssert.Instant(application, "dueAt"));
    }

    private static async Task<JsonElement> SetCalendarAsync(WorkflowClient client) =>
        WorkflowClient.Ok(await client.SetCalendarAsync(Party.Bureau, 2027, Holidays, Workdays), "setWorkingCalendar");

    private static Dictionary<string, object?> Input(TaijiangServerFactory server, string item = "legal_rep") =>
        ApplicationInputs.Input("market_entity", [item], ApplicationInputs.ChinaDay(server.Clock.GetUtcNow()));

    private static string? ApplicationOf(JsonElement task) =>
        task.GetProperty("application").ValueKind == JsonValueKind.Object ? WorkflowAssert.Id(task.GetProperty("application")) : null;

    private static List<(string Step, int WorkingDays, bool Late)> Entries(JsonElement application) =>
        [
            .. application
                .GetProperty("history")
                .EnumerateArray()
                .Select(h =>
                    (h.GetProperty("step").GetString()!, h.GetProperty("workingDays").GetInt32(), h.GetProperty("late").GetBoolean())
                ),
        ];

    /// <summary>A server whose clock the test moves by days or months: the catalog refresh timer is off (0), else the fake clock would
    /// fire it once for every elapsed period.</summary>
    private static TaijiangServerFactory MovingClockServer() => TaijiangServerFactory.With(("Catalog:RefreshSeconds", "0"));
}
