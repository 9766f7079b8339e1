using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Hosting;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Workflow;

/// <summary>
/// Share applications in the governance database (docs/workflow.md "Storage"): each step is one transaction with its event, an
/// approval stores its grant in that transaction and the grant cache sees it at once, a step on a stale version is refused with
/// <c>STALE_STATE</c>, and a department cannot have two pending applications for overlapping items.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ShareApplicationStoreTests(PostgresServerFixture postgres)
{
    /// <summary>2026-12-03 10:00 China Standard Time.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = new(2026, 12, 3);

    private static readonly Principal Applicant = Of("u-jy", "TJ-JY", Roles.Department);
    private static readonly Principal Bureau = Of("u-dsj", "TJ-DSJ", Roles.Bureau, Roles.Department);
    private static readonly Principal Reviewer = Of("u-city", "CITY-DSJ", Roles.Reviewer);

    private static readonly ShareApplicationRules Rules = new(TestCatalogs.Sample);

    private static readonly ShareApplicationRequest Request = new()
    {
        Resource = "market_entity",
        Items = ["legal_rep"],
        Purpose = "校外培训机构法定代表人核查",
        Scenario = "校外培训机构年检",
        LegalBasis = "《福建省政务数据管理办法》第十七条",
        ValidFrom = Today,
        ValidTo = Today.AddDays(90),
    };

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Submit_forward_approve_stores_the_grant_with_its_application_and_the_cache_sees_it(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IShareApplicationStore>();
        var governance = services.GetRequiredService<GovernanceStore>();
        var warm = await governance.HeldByAsync("TJ-JY");

        var forwarded = await ForwardedAsync(store);
        var approved = await store.UpdateAsync(
            forwarded,
            Rules.Approve(forwarded, Reviewer, new ApprovalTerms(), store.NewGrantId(Now), Now),
            Reviewer.UserId
        );

        Assert.True(approved.Succeeded, approved.Message);
        var stored = await store.FindAsync(forwarded.Id);
        Assert.Equal((ShareApplicationState.Approved, 3), (stored!.State, stored.Version));
        Assert.Equal(
            [ShareApplicationStep.Submit, ShareApplicationStep.Forward, ShareApplicationStep.Approve],
            stored.History.Select(a => a.Step)
        );
        Assert.Equal(Request.Items, stored.Request.Items);
        Assert.Matches("^G-2026-[0-9A-F]{12}$", approved.Grant!.Id);
        Assert.Equal(forwarded.Id, approved.Grant.ApplicationId);
        Assert.DoesNotContain(warm.All, g => g.ApplicationId is not null);
        var held = await governance.HeldByAsync("TJ-JY");
        var grant = Assert.Single(held.All, g => g.ApplicationId == forwarded.Id);
        Assert.Equal((approved.Grant.Id, "market_entity", "u-city"), (grant.Id, grant.Resource, grant.Approver));
        Assert.Equal(["legal_rep"], grant.Items.Select(i => i.Item));
        var events = await EventsAsync(services);
        Assert.Equal(
            [ShareApplicationStore.Submitted, ShareApplicationStore.Forwarded, ShareApplicationStore.Approved],
            events.Where(e => e.Subject == forwarded.Id).Select(e => e.Kind)
        );
        Assert.Equal(GovernanceStore.GrantAdded, Assert.Single(events, e => e.Subject == grant.Id).Kind);
        Assert.All(events.Where(e => e.Subject == forwarded.Id), e => Assert.Equal("market_entity", e.Resource));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_returned_and_resubmitted_request_reads_back_whole_and_its_grant_keeps_scope_and_lifted_masks(
        DatabaseProvider provider
    )
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IShareApplicationStore>();
        var submitted = await SubmittedAsync(store);
        var returned = (await store.UpdateAsync(submitted, Rules.Return(submitted, Bureau, "依据不充分", Now), Bureau.UserId)).Application!;
        var wider = Request with
        {
            Items = ["legal_rep", "contact_phone"],
            RowScope = new RowScope([new RowScopeCondition("street", ["苍霞"])]),
            LiftMasks = ["contact_phone"],
            LiftMaskReason = "需电话联系法定代表人",
        };

        var resubmitted = await store.UpdateAsync(returned, Rules.Resubmit(returned, Applicant, wider, Now), Applicant.UserId);

        Assert.True(resubmitted.Succeeded, resubmitted.Message);
        var stored = (await store.FindAsync(submitted.Id))!;
        Assert.Equal((ShareApplicationState.Submitted, 3), (stored.State, stored.Version));
        Assert.Equal(Json(resubmitted.Application!), Json(stored));
        Assert.Equal([null, "依据不充分", null], stored.History.Select(a => a.Text));
        Assert.Equal(("u-dsj", "TJ-DSJ"), (stored.History[1].UserId, stored.History[1].Department));
        var forwarded = (await store.UpdateAsync(stored, Rules.Forward(stored, Bureau, "同意转报", Now), Bureau.UserId)).Application!;
        var approved = await store.UpdateAsync(
            forwarded,
            Rules.Approve(forwarded, Reviewer, new ApprovalTerms(), store.NewGrantId(Now), Now),
            Reviewer.UserId
        );
        var grant = Assert.Single((await services.GetRequiredService<GovernanceStore>().GrantsOfAsync("TJ-JY")), g =>
            g.Id == approved.Grant!.Id
        );
        Assert.Equal([("contact_phone", true), ("legal_rep", false)], grant.Items.Select(i => (i.Item, i.LiftMask)));
        Assert.Equal("street", Assert.Single(grant.RowScope.Conditions).Item);
        Assert.Equal(submitted.Id, grant.ApplicationId);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_approval_whose_grant_cannot_be_stored_leaves_nothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IShareApplicationStore>();
        var forwarded = await ForwardedAsync(store);
        var eventsBefore = (await EventsAsync(services)).Count;

        // The seed holds G-2025-0003: the grant's insert fails after the application's update was sent.
        var failing = Rules.Approve(forwarded, Reviewer, new ApprovalTerms(), "G-2025-0003", Now);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => store.UpdateAsync(forwarded, failing, Reviewer.UserId));

        var stored = await store.FindAsync(forwarded.Id);
        Assert.Equal((ShareApplicationState.Forwarded, 2), (stored!.State, stored.Version));
        Assert.Equal(eventsBefore, (await EventsAsync(services)).Count);
        var seeded = Assert.Single(await services.GetRequiredService<GovernanceStore>().AllAsync(), g => g.Id == "G-2025-0003");
        Assert.Null(seeded.ApplicationId);
        Assert.NotEqual("TJ-JY", seeded.Grantee);

        var retried = await store.UpdateAsync(
            forwarded,
            Rules.Approve(forwarded, Reviewer, new ApprovalTerms(), store.NewGrantId(Now), Now),
            Reviewer.UserId
        );
        Assert.True(retried.Succeeded, retried.Message);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_second_pending_application_for_overlapping_items_is_refused_until_the_first_ends(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IShareApplicationStore>();
        var first = await SubmittedAsync(store);

        var second = Submit(store);
        var refused = await store.SubmitAsync(second, Applicant.UserId);

        Assert.Equal(ErrorCodes.Workflow.DuplicatePending, refused.Code);
        Assert.Contains(first.Id, refused.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAsync(second.Id));

        var withdrawn = await store.UpdateAsync(first, Rules.Withdraw(first, Applicant, Now), Applicant.UserId);
        Assert.True(withdrawn.Succeeded, withdrawn.Message);
        Assert.True((await store.SubmitAsync(second, Applicant.UserId)).Succeeded);
        var pending = await store.ListAsync(new ShareApplicationFilter { Applicant = "TJ-JY", State = ShareApplicationState.Submitted });
        Assert.Equal([second.Id], pending.Select(a => a.Id));
        var all = await store.ListAsync(new ShareApplicationFilter { Resources = ["market_entity"] });
        Assert.Equal(new[] { first.Id, second.Id }.Order(StringComparer.Ordinal), all.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Empty(await store.ListAsync(new ShareApplicationFilter { Applicant = "TJ-MZ" }));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Of_concurrent_submissions_for_overlapping_items_exactly_one_is_stored(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IShareApplicationStore>();
        var applications = Enumerable.Range(0, 16).Select(_ => Submit(store)).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = applications
            .Select(a =>
                Task.Run(async () =>
                {
                    await start.Task;
                    return await store.SubmitAsync(a, Applicant.UserId);
                })
            )
            .ToList();

        start.SetResult();
        var outcomes = await Task.WhenAll(running);

        var stored = Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ErrorCodes.Workflow.DuplicatePending, o.Code));
        var listed = await store.ListAsync(new ShareApplicationFilter { Applicant = "TJ-JY" });
        Assert.Equal([stored.Application!.Id], listed.Select(a => a.Id));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Of_two_concurrent_decisions_on_one_version_exactly_one_wins_and_the_other_is_stale(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IShareApplicationStore>();
        var forwarded = await ForwardedAsync(store);
        var approve = Rules.Approve(forwarded, Reviewer, new ApprovalTerms(), store.NewGrantId(Now), Now);
        var reject = Rules.Reject(forwarded, Reviewer, "用途不明确", Now);

        var outcomes = await Task.WhenAll(
            Task.Run(() => store.UpdateAsync(forwarded, approve, Reviewer.UserId)),
            Task.Run(() => store.UpdateAsync(forwarded, reject, Reviewer.UserId))
        );

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        Assert.Equal(ErrorCodes.Workflow.StaleState, Assert.Single(outcomes, o => !o.Succeeded).Code);
        var stored = await store.FindAsync(forwarded.Id);
        Assert.Equal((winner.Application!.State, 3), (stored!.State, stored.Version));
        var decisions = (await EventsAsync(services)).Where(e =>
            e.Subject == forwarded.Id && e.Kind is ShareApplicationStore.Approved or ShareApplicationStore.Rejected
        );
        Assert.Single(decisions);
        var grants = (await services.GetRequiredService<GovernanceStore>().AllAsync()).Where(g => g.ApplicationId == forwarded.Id);
        Assert.Equal(winner.Grant is null ? 0 : 1, grants.Count());

        var late = await store.UpdateAsync(forwarded, Rules.Withdraw(forwarded, Applicant, Now), Applicant.UserId);
        Assert.Equal(ErrorCodes.Workflow.StaleState, late.Code);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Revoking_an_approved_grant_ends_it_and_its_application_in_one_transaction(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IShareApplicationStore>();
        var governance = services.GetRequiredService<GovernanceStore>();
        var forwarded = await ForwardedAsync(store);
        var approved = await store.UpdateAsync(
            forwarded,
            Rules.Approve(forwarded, Reviewer, new ApprovalTerms(), store.NewGrantId(Now), Now),
            Reviewer.UserId
        );
        var grantId = approved.Grant!.Id;
        Assert.True((await governance.HeldByAsync("TJ-JY")).All.Single(g => g.Id == grantId).IsActiveAt(Now));

        var stale = Rules.Revoke(forwarded with { State = ShareApplicationState.Approved }, Bureau, "用途已完成", Now);
        var refused = await store.RevokeGrantAsync(grantId, Bureau.UserId, "用途已完成", forwarded, stale);
        Assert.Equal(ErrorCodes.Workflow.StaleState, refused.Step!.Code);
        Assert.Null((await governance.AllAsync()).Single(g => g.Id == grantId).RevokedAt);

        var step = Rules.Revoke(approved.Application!, Bureau, "用途已完成", Now);
        var revocation = await store.RevokeGrantAsync(grantId, Bureau.UserId, "用途已完成", approved.Application, step);

        Assert.True(revocation.Step!.Succeeded, revocation.Step.Message);
        Assert.Equal(GrantState.Revoked, revocation.Grant!.StateAt(Now));
        Assert.Equal(GrantState.Revoked, (await governance.HeldByAsync("TJ-JY")).All.Single(g => g.Id == grantId).StateAt(Now));
        var stored = await store.FindAsync(forwarded.Id);
        Assert.Equal((ShareApplicationState.Revoked, 4), (stored!.State, stored.Version));
        Assert.Equal(ShareApplicationStep.Revoke, stored.History[^1].Step);
        var events = await EventsAsync(services);
        Assert.Equal(ShareApplicationStore.Revoked, events.Single(e => e.Subject == forwarded.Id && e.Kind.EndsWith("REVOKED")).Kind);
        var revoked = Assert.Single(events, e => e.Subject == grantId && e.Kind == GovernanceStore.GrantRevoked);
        Assert.Contains("用途已完成", revoked.After, StringComparison.Ordinal);

        var again = await store.RevokeGrantAsync(
            grantId,
            Bureau.UserId,
            "再次",
            approved.Application,
            Rules.Revoke(approved.Application!, Bureau, "再次", Now)
        );
        Assert.Equal(ErrorCodes.Workflow.StaleState, again.Step!.Code);
        Assert.Single(await EventsAsync(services), e => e.Subject == grantId && e.Kind == GovernanceStore.GrantRevoked);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_grant_without_application_is_revoked_alone_and_an_unknown_id_is_no_grant(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var store = services.GetRequiredService<IShareApplicationStore>();

        var revocation = await store.RevokeGrantAsync("G-2025-0001", Bureau.UserId, "用途已完成");
        var unknown = await store.RevokeGrantAsync("G-2025-9999", Bureau.UserId, "用途已完成");

        Assert.Equal(GrantState.Revoked, revocation.Grant!.StateAt(Now));
        Assert.Null(revocation.Step);
        Assert.Equal(new GrantRevocation(null, null), unknown);
        Assert.Single(await EventsAsync(services), e => e.Subject == "G-2025-0001" && e.Kind == GovernanceStore.GrantRevoked);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_working_year_set_twice_loads_as_last_set_with_an_event_each_time(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        await using var services = await SeededAsync(db.Options);
        var calendars = services.GetRequiredService<IWorkingCalendarStore>();
        Assert.Empty((await calendars.LoadCalendarAsync()).Years);

        await calendars.SetYearAsync(WorkingYear.Create(2026, [new DateOnly(2026, 1, 1)], []), "u-dsj");
        var national = WorkingYear.Create(
            2026,
            [new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 5)],
            [new DateOnly(2026, 9, 27)]
        );
        await calendars.SetYearAsync(national, "u-dsj-2");
        await calendars.SetYearAsync(WorkingYear.Create(2027, [new DateOnly(2027, 1, 1)], []), "u-dsj");

        var calendar = await calendars.LoadCalendarAsync();
        Assert.Equal([2026, 2027], calendar.Years.Select(y => y.Year));
        var year = calendar.Years[0];
        Assert.Equal(national.Holidays.Order(), year.Holidays.Order());
        Assert.Equal([new DateOnly(2026, 9, 27)], year.Workdays);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 5)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 27)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 1))); // replaced by the second setting
        var events = (await EventsAsync(services)).Where(e => e.Kind == ShareApplicationStore.CalendarSet).ToList();
        Assert.Equal(["calendar-2026", "calendar-2026", "calendar-2027"], events.Select(e => e.Subject));
        Assert.Null(events[0].Before);
        Assert.Contains("2026-01-01", events[1].Before, StringComparison.Ordinal);
        Assert.Contains("2026-09-27", events[1].After, StringComparison.Ordinal);
    }

    private static ShareApplication Submit(IShareApplicationStore store)
    {
        var outcome = Rules.Submit(store.NewApplicationId(Now), Applicant, Request, Now);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Application!;
    }

    private static async Task<ShareApplication> SubmittedAsync(IShareApplicationStore store)
    {
        var submitted = Submit(store);
        Assert.Matches("^SA-2026-[0-9A-F]{12}$", submitted.Id);
        var stored = await store.SubmitAsync(submitted, Applicant.UserId);
        Assert.True(stored.Succeeded, stored.Message);
        return submitted;
    }

    private static async Task<ShareApplication> ForwardedAsync(IShareApplicationStore store)
    {
        var submitted = await SubmittedAsync(store);
        var forwarded = await store.UpdateAsync(submitted, Rules.Forward(submitted, Bureau, "同意转报", Now), Bureau.UserId);
        Assert.True(forwarded.Succeeded, forwarded.Message);
        return forwarded.Application!;
    }

    private static string Json(ShareApplication application) => JsonSerializer.Serialize(application);

    private static Principal Of(string user, string department, params string[] roles) =>
        new(user, user, department, new HashSet<string>(roles, StringComparer.Ordinal), null);

    private static async Task<ServiceProvider> SeededAsync(DatabaseOptions options)
    {
        var services = new ServiceCollection().AddDataStorage(options).AddLogging();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now)));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions { RecordsPerResource = 1 });
        return provider;
    }

    private static async Task<List<GovernanceEventRow>> EventsAsync(ServiceProvider services)
    {
        await using var governance = await services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>().CreateDbContextAsync();
        return await governance.Events.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }
}
