using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// The workflow fields are wired to the rules and the store (docs/workflow.md, "The API"), in memory on a fresh SQLite data folder
/// with the pinned clock (2026-11-26 12:00 CST): TJ-JY applies for <c>market_entity.legal_rep</c> of TJ-SCJG, the bureau (TJ-DSJ)
/// forwards, the reviewer (CITY-DSJ) approves. No purpose is sent: the workflow fields read no data.
/// </summary>
public sealed class WorkflowWiringTests : IClassFixture<TaijiangServerFactory>
{
    private const string Fields =
        "id applicant resource items state version submittedAt dueAt overdue calendarKnown grantId rowScope { item anyOf } "
        + "liftMasks liftMaskReason history { step user department before after text workingDays late }";

    private const string Submit = "mutation($input: ShareApplicationInput!) { submitShareApplication(input: $input) { " + Fields + " } }";

    private readonly TaijiangServerFactory _server;

    public WorkflowWiringTests(TaijiangServerFactory server) => _server = server;

    [Fact]
    public async Task An_application_submitted_forwarded_and_approved_creates_a_grant_with_its_application_id()
    {
        var input = new
        {
            resource = "market_entity",
            items = new[] { "legal_rep" },
            purpose = "校外培训机构法定代表人核查",
            scenario = "校外培训机构年检",
            legalBasis = "《福建省政务数据管理办法》第十七条",
            validFrom = "2026-11-26",
            validTo = "2026-12-25",
            rowScope = new[] { new { item = "entity_type", anyOf = new[] { "有限责任公司", "股份有限公司" } } },
            liftMasks = new[] { "legal_rep" },
            liftMaskReason = "核对法定代表人全名",
        };
        var submitted = Field(await SubmitAsync("TJ-JY", input), "submitShareApplication");
        var id = submitted.GetProperty("id").GetString()!;
        var forwarded = Field(
            await _server.Query(
                "TJ-DSJ",
                "mutation($id: ID!) { forwardShareApplication(id: $id, opinion: \"同意转报\", version: 1) { " + Fields + " } }",
                new { id },
                purpose: null
            ),
            "forwardShareApplication"
        );
        var approved = Field(
            await _server.Query(
                "CITY-DSJ",
                "mutation($id: ID!) { approveShareApplication(id: $id, version: 2, liftMasks: [], "
                    + "rowScope: [{ item: \"entity_type\", anyOf: [\"有限责任公司\"] }]) { "
                    + Fields
                    + " } }",
                new { id },
                purpose: null
            ),
            "approveShareApplication"
        );
        var grants = (
            await _server.Query("TJ-JY", "{ grants(grantee: \"TJ-JY\", state: ACTIVE) { id applicationId revokedAt } }", purpose: null)
        )
            .DataWithoutErrors()
            .GetProperty("grants");

        Assert.Equal("SUBMITTED", submitted.GetProperty("state").GetString());
        Assert.Equal("TJ-JY", submitted.GetProperty("applicant").GetString());
        // Ten working days after Thursday 2026-11-26 (no 2026 calendar set: weekends only): Thursday 12-10, due by its end.
        Assert.Equal(Instant("2026-12-11T00:00:00+08:00"), Instant(submitted.GetProperty("dueAt").GetString()!));
        Assert.False(submitted.GetProperty("calendarKnown").GetBoolean());
        Assert.Equal("FORWARDED", forwarded.GetProperty("state").GetString());
        Assert.Equal("APPROVED", approved.GetProperty("state").GetString());
        Assert.Equal(3, approved.GetProperty("version").GetInt32());
        Assert.Equal(["legal_rep"], submitted.GetProperty("liftMasks").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("核对法定代表人全名", submitted.GetProperty("liftMaskReason").GetString());
        var asked = Assert.Single(submitted.GetProperty("rowScope").EnumerateArray());
        Assert.Equal("entity_type", asked.GetProperty("item").GetString());
        Assert.Equal(["有限责任公司", "股份有限公司"], asked.GetProperty("anyOf").EnumerateArray().Select(v => v.GetString()));
        var narrowed = Assert.Single(approved.GetProperty("rowScope").EnumerateArray());
        Assert.Equal(["有限责任公司"], narrowed.GetProperty("anyOf").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(0, approved.GetProperty("liftMasks").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, approved.GetProperty("dueAt").ValueKind);
        Assert.Equal(
            ["SUBMIT", "FORWARD", "APPROVE"],
            approved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("step").GetString())
        );
        var grantId = approved.GetProperty("grantId").GetString();
        Assert.NotNull(grantId);
        var grant = Assert.Single(grants.EnumerateArray(), g => g.GetProperty("id").GetString() == grantId);
        Assert.Equal(id, grant.GetProperty("applicationId").GetString());
        Assert.Equal(JsonValueKind.Null, grant.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task An_approved_grant_revoked_by_the_bureau_revokes_its_application_and_its_grantee_renews_it()
    {
        var id = Field(await SubmitAsync("TJ-SW", Input(["legal_rep_id"])), "submitShareApplication").GetProperty("id").GetString()!;
        await Step("TJ-DSJ", "forwardShareApplication(id: $id)", id);
        var grantId = (await Step("CITY-DSJ", "approveShareApplication(id: $id)", id)).GetProperty("grantId").GetString()!;

        var revoked = await _server.Query(
            "TJ-DSJ",
            "mutation($id: ID!) { revokeGrant(id: $id, reason: \"用途已完成\") { id state applicationId revokedAt } }",
            new { id = grantId },
            purpose: null
        );
        var again = await _server.Query(
            "TJ-DSJ",
            "mutation($id: ID!) { revokeGrant(id: $id, reason: \"再次撤销\") { id } }",
            new { id = grantId },
            purpose: null
        );
        var application = (
            await _server.Query(
                "TJ-SW",
                "query($id: ID!) { shareApplication(id: $id) { state history { step } } }",
                new { id },
                purpose: null
            )
        )
            .DataWithoutErrors()
            .GetProperty("shareApplication");
        var renewed = await _server.Query(
            "TJ-SW",
            "mutation($id: ID!) { renewGrant(id: $id) { state items scenario validFrom validTo } }",
            new { id = grantId },
            purpose: null
        );

        var grant = revoked.DataWithoutErrors().GetProperty("revokeGrant");
        Assert.Equal("REVOKED", grant.GetProperty("state").GetString());
        Assert.Equal(id, grant.GetProperty("applicationId").GetString());
        Assert.NotEqual(JsonValueKind.Null, grant.GetProperty("revokedAt").ValueKind);
        Assert.Equal(["INVALID_STATE"], again.ErrorCodes);
        Assert.Equal("REVOKED", application.GetProperty("state").GetString());
        Assert.Equal(
            ["SUBMIT", "FORWARD", "APPROVE", "REVOKE"],
            application.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("step").GetString())
        );
        var renewal = renewed.DataWithoutErrors().GetProperty("renewGrant");
        Assert.Equal("SUBMITTED", renewal.GetProperty("state").GetString());
        Assert.Equal(["legal_rep_id"], renewal.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("校外培训机构年检", renewal.GetProperty("scenario").GetString());
        Assert.Equal("2026-12-26", renewal.GetProperty("validFrom").GetString()); // the day after the grant ended
        Assert.Equal("2027-01-24", renewal.GetProperty("validTo").GetString()); // as long as the grant (30 days)
    }

    [Fact]
    public async Task Tasks_wait_on_the_bureau_and_the_provider_until_taken_and_an_approved_grant_ending_soon_waits_on_its_grantee()
    {
        const string Tasks = "{ myTasks { kind dueAt overdue application { id dueAt } grant { id } } }";
        var id = Field(await SubmitAsync("TJ-GA", Input(["legal_rep"])), "submitShareApplication").GetProperty("id").GetString()!;

        var bureau = await TasksOn(id, "TJ-DSJ");
        var provider = await TasksOn(id, "TJ-SCJG");
        await Step("TJ-SCJG", "commentOnShareApplication(id: $id, text: \"同意共享\")", id);
        var commented = await TasksOn(id, "TJ-SCJG");
        await Step("TJ-DSJ", "forwardShareApplication(id: $id)", id);
        var reviewer = await TasksOn(id, "CITY-DSJ");
        var grantId = (await Step("CITY-DSJ", "approveShareApplication(id: $id)", id)).GetProperty("grantId").GetString()!;
        var grantee = (await _server.Query("TJ-GA", Tasks, purpose: null))
            .DataWithoutErrors()
            .GetProperty("myTasks")
            .EnumerateArray()
            .Where(t =>
                t.GetProperty("grant").ValueKind == JsonValueKind.Object && t.GetProperty("grant").GetProperty("id").GetString() == grantId
            )
            .ToList();

        Assert.Equal(["FORWARD"], bureau.Select(t => t.GetProperty("kind").GetString()));
        Assert.Equal(bureau[0].GetProperty("application").GetProperty("dueAt").GetString(), bureau[0].GetProperty("dueAt").GetString());
        Assert.Equal(["COMMENT"], provider.Select(t => t.GetProperty("kind").GetString()));
        Assert.Empty(commented);
        Assert.Equal(["DECIDE"], reviewer.Select(t => t.GetProperty("kind").GetString()));
        var expiring = Assert.Single(grantee);
        Assert.Equal("GRANT_EXPIRING", expiring.GetProperty("kind").GetString());
        Assert.Equal(Instant("2026-12-26T00:00:00+08:00"), Instant(expiring.GetProperty("dueAt").GetString()!)); // the end of validTo
        Assert.False(expiring.GetProperty("overdue").GetBoolean());

        async Task<List<JsonElement>> TasksOn(string applicationId, string department) =>
            [
                .. (await _server.Query(department, Tasks, purpose: null))
                    .DataWithoutErrors()
                    .GetProperty("myTasks")
                    .EnumerateArray()
                    .Where(t =>
                        t.GetProperty("application").ValueKind == JsonValueKind.Object
                        && t.GetProperty("application").GetProperty("id").GetString() == applicationId
                    ),
            ];
    }

    [Fact]
    public async Task A_seed_grant_is_revoked_by_its_provider_not_by_its_grantee_and_is_unknown_to_others()
    {
        // G-2025-0003: TJ-SW's grant on market_entity.legal_rep (provider TJ-SCJG), from no application.
        const string Revoke = "mutation { revokeGrant(id: \"G-2025-0003\", reason: \"核查结束\") { id state applicationId } }";

        var stranger = await _server.Query("TJ-GA", Revoke, purpose: null);
        var grantee = await _server.Query("TJ-SW", Revoke, purpose: null);
        var renewal = await _server.Query("TJ-SCJG", "mutation { renewGrant(id: \"G-2025-0003\") { id } }", purpose: null);
        var provider = await _server.Query("TJ-SCJG", Revoke, purpose: null);

        Assert.Equal(["UNKNOWN_GRANT"], stranger.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], grantee.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], renewal.ErrorCodes);
        var revoked = provider.DataWithoutErrors().GetProperty("revokeGrant");
        Assert.Equal("REVOKED", revoked.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, revoked.GetProperty("applicationId").ValueKind);
    }

    [Fact]
    public async Task Another_department_sees_no_application_and_its_steps_answer_unknown_application()
    {
        var id = Field(await SubmitAsync("TJ-MZ", Input(["legal_rep_id"])), "submitShareApplication").GetProperty("id").GetString()!;

        var seen = await _server.Query("TJ-GA", "query($id: ID!) { shareApplication(id: $id) { id } }", new { id }, purpose: null);
        var listed = await _server.Query("TJ-GA", "{ shareApplications { id } }", purpose: null);
        var withdrawn = await _server.Query(
            "TJ-GA",
            "mutation($id: ID!) { withdrawShareApplication(id: $id) { id } }",
            new { id },
            purpose: null
        );
        var unknown = await _server.Query(
            "TJ-GA",
            "mutation { withdrawShareApplication(id: \"SA-2026-000000000000\") { id } }",
            purpose: null
        );
        var provider = await _server.Query("TJ-SCJG", "query($id: ID!) { shareApplication(id: $id) { id } }", new { id }, purpose: null);

        Assert.Equal(JsonValueKind.Null, seen.DataWithoutErrors().GetProperty("shareApplication").ValueKind);
        Assert.DoesNotContain(listed.DataWithoutErrors().GetProperty("shareApplications").EnumerateArray(), a =>
            a.GetProperty("id").GetString() == id
        );
        Assert.Equal(["UNKNOWN_APPLICATION"], withdrawn.ErrorCodes);
        Assert.Equal(["UNKNOWN_APPLICATION"], unknown.ErrorCodes);
        Assert.Equal(
            withdrawn.Errors[0].GetProperty("message").GetString()!.Replace(id, "ID", StringComparison.Ordinal),
            unknown.Errors[0].GetProperty("message").GetString()!.Replace("SA-2026-000000000000", "ID", StringComparison.Ordinal)
        );
        Assert.Equal(id, provider.DataWithoutErrors().GetProperty("shareApplication").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_step_with_an_old_version_is_stale_and_a_refused_input_lists_its_violations()
    {
        var id = Field(await SubmitAsync("TJ-RS", Input(["legal_rep"])), "submitShareApplication").GetProperty("id").GetString()!;

        var stale = await _server.Query(
            "TJ-DSJ",
            "mutation($id: ID!) { forwardShareApplication(id: $id, version: 7) { id } }",
            new { id },
            purpose: null
        );
        var refused = await SubmitAsync("TJ-SW", Input(["no_such_item", "name"]));

        Assert.Equal(["STALE_STATE"], stale.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, stale.Data.GetProperty("forwardShareApplication").ValueKind);
        Assert.Equal(["UNKNOWN_ITEM"], refused.ErrorCodes);
        var violations = refused.Errors[0].GetProperty("extensions").GetProperty("violations").EnumerateArray().ToList();
        Assert.Equal(["UNKNOWN_ITEM", "NOT_CONDITIONAL"], violations.Select(v => v.GetProperty("code").GetString()));
        Assert.Equal(["no_such_item", "name"], violations.Select(v => v.GetProperty("item").GetString()));
        Assert.All(violations, v => Assert.Equal("items", v.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task The_bureau_sets_a_calendar_year_and_everyone_reads_it()
    {
        var set = await _server.Query(
            "TJ-DSJ",
            "mutation { setWorkingCalendar(year: 2031, holidays: [\"2031-10-02\", \"2031-10-01\"], workdays: [\"2031-09-28\"]) "
                + "{ year known holidays workdays } }",
            purpose: null
        );
        var refused = await _server.Query(
            "TJ-DSJ",
            "mutation { setWorkingCalendar(year: 2031, holidays: [], workdays: [\"2031-09-29\"]) { year } }",
            purpose: null
        );
        var forbidden = await _server.Query(
            "TJ-JY",
            "mutation { setWorkingCalendar(year: 2031, holidays: [], workdays: []) { year } }",
            purpose: null
        );
        var read = await _server.Query(
            "TJ-JY",
            "{ known: workingCalendar(year: 2031) { known holidays } unknown: workingCalendar(year: 2032) { known holidays } }",
            purpose: null
        );

        Assert.True(set.DataWithoutErrors().GetProperty("setWorkingCalendar").GetProperty("known").GetBoolean());
        Assert.Equal(["INVALID_CALENDAR"], refused.ErrorCodes);
        var violation = Assert.Single(refused.Errors[0].GetProperty("extensions").GetProperty("violations").EnumerateArray());
        Assert.Equal("workdays", violation.GetProperty("field").GetString());
        Assert.Equal("2031-09-29", violation.GetProperty("item").GetString());
        Assert.Equal(["FORBIDDEN"], forbidden.ErrorCodes);
        var data = read.DataWithoutErrors();
        Assert.Equal(
            ["2031-10-01", "2031-10-02"],
            data.GetProperty("known").GetProperty("holidays").EnumerateArray().Select(d => d.GetString())
        );
        Assert.False(data.GetProperty("unknown").GetProperty("known").GetBoolean());
        Assert.Equal(0, data.GetProperty("unknown").GetProperty("holidays").GetArrayLength());
    }

    private async Task<JsonElement> Step(string department, string step, string id)
    {
        var name = step[..step.IndexOf('(', StringComparison.Ordinal)];
        var reply = await _server.Query(department, "mutation($id: ID!) { " + step + " { " + Fields + " } }", new { id }, purpose: null);
        return Field(reply, name);
    }

    private Task<GraphQLReply> SubmitAsync(string department, object input) =>
        _server.Query(department, Submit, new { input }, purpose: null);

    private static object Input(string[] items) =>
        new
        {
            resource = "market_entity",
            items,
            purpose = "校外培训机构法定代表人核查",
            scenario = "校外培训机构年检",
            legalBasis = "《福建省政务数据管理办法》第十七条",
            validFrom = "2026-11-26",
            validTo = "2026-12-25",
        };

    private static JsonElement Field(GraphQLReply reply, string name) => reply.DataWithoutErrors().GetProperty(name);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
