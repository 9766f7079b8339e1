using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>docs/audit.md (Who sees what): <c>auditLog</c> filters by department, user, resource, item, outcome and time, and pages newest
/// first.</summary>
public sealed class AuditLogFilterTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private string Bureau => AuditHttp.Token(server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau");

    [Fact]
    public async Task Filters_by_resource_item_and_outcome_select_exactly_the_matching_records()
    {
        var rs = await ThreeOutcomes();

        Assert.Equal(["social_insurance"], await Resources(new() { ["user"] = rs, ["resource"] = "social_insurance" }));
        Assert.Equal(["social_insurance"], await Resources(new() { ["user"] = rs, ["item"] = "insurance_type" }));
        Assert.Equal(["household_person"], await Resources(new() { ["user"] = rs, ["item"] = "birth_date" }));
        Assert.Equal(["household_person"], await Resources(new() { ["user"] = rs, ["outcome"] = "DENIED" }));
        Assert.Equal(["social_insurance"], await Resources(new() { ["user"] = rs, ["outcome"] = "ALLOWED" }));
        Assert.Equal(["REJECTED"], (await Rows(new() { ["user"] = rs, ["outcome"] = "REJECTED" })).Select(r => r.Outcome));
        Assert.Empty(await Rows(new() { ["user"] = rs, ["outcome"] = "PARTIAL" }));
        Assert.Empty(await Rows(new() { ["user"] = rs, ["item"] = "credit_code" }));
    }

    [Fact]
    public async Task Filters_by_department_and_user_select_exactly_their_records()
    {
        var rs = await ThreeOutcomes();
        var other = Trail.NewUser("rs");
        await AuditHttp.Post(server, AuditHttp.Token(server, other, "TJ-RS"), "{ socialInsuranceRecords(first: 1) { nodes { status } } }");

        Assert.Equal(3, (await Rows(new() { ["user"] = rs })).Count);
        Assert.Equal(3, (await Rows(new() { ["user"] = rs, ["department"] = "TJ-RS" })).Count);
        Assert.Empty(await Rows(new() { ["user"] = rs, ["department"] = "TJ-MZ" }));
        var department = await Rows(new() { ["department"] = "TJ-RS" });
        Assert.All(department, r => Assert.Equal("TJ-RS", r.Department));
        Assert.Contains(department, r => r.UserId == rs);
        Assert.Contains(department, r => r.UserId == other);
    }

    [Fact]
    public async Task Pages_follow_one_another_newest_first_without_gaps_or_repeats()
    {
        var user = Trail.NewUser("mz");
        for (var i = 0; i < 5; i++)
        {
            await AuditHttp.Post(
                server,
                AuditHttp.Token(server, user, "TJ-MZ"),
                "{ subsistenceAllowances(first: 1) " + "{ nodes { " + "caseNo } } }"
            );
        }

        var stored = (await Trail.EntriesOfUser(server, user)).Select(e => e.Id).OrderDescending().ToList();
        var first = await AuditLogPageReader.AuditLog(server, Bureau, new { user, first = 2 });
        var second = await AuditLogPageReader.AuditLog(
            server,
            Bureau,
            new
            {
                user,
                first = 2,
                after = first.EndCursor,
            }
        );
        var third = await AuditLogPageReader.AuditLog(
            server,
            Bureau,
            new
            {
                user,
                first = 2,
                after = second.EndCursor,
            }
        );

        Assert.Equal(5, stored.Count);
        Assert.Equal((2, true), (first.Rows.Count, first.HasNextPage));
        Assert.Equal((2, true), (second.Rows.Count, second.HasNextPage));
        Assert.Equal((1, false), (third.Rows.Count, third.HasNextPage));
        Assert.Equal(stored, first.Rows.Concat(second.Rows).Concat(third.Rows).Select(r => r.Id));
    }

    [Fact]
    public async Task A_time_range_selects_the_records_made_within_it()
    {
        var user = Trail.NewUser("mz");
        const string query = "{ subsistenceAllowances(first: 1) { nodes { caseNo } } }";
        var before = server.Clock.GetUtcNow();
        await AuditHttp.Post(server, AuditHttp.Token(server, user, "TJ-MZ"), query, "上午核查");
        server.Clock.Advance(TimeSpan.FromMinutes(10));
        var after = server.Clock.GetUtcNow();
        await AuditHttp.Post(server, AuditHttp.Token(server, user, "TJ-MZ"), query, "下午核查");

        Assert.Equal(["上午核查"], (await Rows(new() { ["user"] = user, ["to"] = after.AddSeconds(-1) })).Select(r => r.Purpose));
        Assert.Equal(["下午核查"], (await Rows(new() { ["user"] = user, ["from"] = after })).Select(r => r.Purpose));
        Assert.Equal(
            ["下午核查", "上午核查"],
            (
                await Rows(
                    new()
                    {
                        ["user"] = user,
                        ["from"] = before,
                        ["to"] = after,
                    }
                )
            ).Select(r => r.Purpose)
        );
        Assert.Empty(await Rows(new() { ["user"] = user, ["from"] = after.AddSeconds(1) }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_out_of_range_is_refused(int first)
    {
        var body = await AuditHttp.Post(
            server,
            Bureau,
            "query($n: Int) { auditLog(first: $n) { " + "hasNextPage } }",
            purpose: null,
            variables: new { n = first }
        );

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], body.ErrorCodes);
    }

    /// <summary>One TJ-RS user with an ALLOWED read of its own resource, a DENIED read (its grant expired) and a REJECTED filter.</summary>
    private async Task<string> ThreeOutcomes()
    {
        var user = Trail.NewUser("rs");
        var token = AuditHttp.Token(server, user, "TJ-RS");
        await AuditHttp.Post(server, token, "{ socialInsuranceRecords(first: 2) { nodes { recordId insuranceType } } }");
        await AuditHttp.Post(server, token, "{ householdPeople(first: 2) { nodes { birthDate } } }");
        await AuditHttp.Post(server, token, """{ householdPeople(where: { name: { eq: "某某" } }) { nodes { gender } } }""");
        return user;
    }

    private Task<IReadOnlyList<AuditLogRow>> Rows(Dictionary<string, object?> arguments) =>
        AuditLogPageReader.AllPages(server, Bureau, arguments);

    private async Task<IReadOnlyList<string?>> Resources(Dictionary<string, object?> arguments) =>
        (await Rows(arguments)).Select(r => r.Resource).ToList();
}
