using System.Data;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Data.Governance;

/// <summary>
/// Stores share applications and the working calendar in the governance database (docs/workflow.md "Storage"). Each change is
/// one transaction with its governance event; an approval's grant and its <c>GRANT_ADDED</c> event are in that transaction, and
/// the applicant's cached grants (<see cref="GovernanceStore"/>'s one cache) are dropped before the call returns.
/// </summary>
internal sealed class ShareApplicationStore(IDbContextFactory<GovernanceDbContext> contexts, GovernanceStore governance, TimeProvider clock)
    : IShareApplicationStore,
        IWorkingCalendarStore
{
    public const string Submitted = "SHARE_APPLICATION_SUBMITTED";
    public const string Forwarded = "SHARE_APPLICATION_FORWARDED";
    public const string Returned = "SHARE_APPLICATION_RETURNED";
    public const string Resubmitted = "SHARE_APPLICATION_RESUBMITTED";
    public const string Withdrawn = "SHARE_APPLICATION_WITHDRAWN";
    public const string Approved = "SHARE_APPLICATION_APPROVED";
    public const string Rejected = "SHARE_APPLICATION_REJECTED";
    public const string Commented = "SHARE_APPLICATION_COMMENTED";
    public const string Revoked = "SHARE_APPLICATION_REVOKED";
    public const string CalendarSet = "WORKING_CALENDAR_SET";

    private static readonly string[] PendingStates =
    [
        nameof(ShareApplicationState.Submitted),
        nameof(ShareApplicationState.Returned),
        nameof(ShareApplicationState.Forwarded),
    ];

    /// <inheritdoc />
    public string NewApplicationId(DateTimeOffset now) => GovernanceStoreSupport.NewId("SA", now);

    /// <inheritdoc />
    public string NewGrantId(DateTimeOffset now) => GovernanceStoreSupport.NewId("G", now);

    /// <inheritdoc />
    public async Task<ShareApplicationOutcome> SubmitAsync(ShareApplication application, string actor, CancellationToken ct = default)
    {
        if (application.State != ShareApplicationState.Submitted || application.Version != 1)
        {
            throw new ArgumentException("Only a newly submitted application (version 1) can be stored as new.", nameof(application));
        }

        // Serializable: of two submissions racing for overlapping items, one reads the other's row or fails to commit and is tried
        // again (docs/workflow.md "Storage").
        return await GovernanceStoreSupport.RunAsync(() => TrySubmitAsync(application, actor, ct), ct);
    }

    private async Task<ShareApplicationOutcome> TrySubmitAsync(ShareApplication application, string actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        var pending = await db
            .ShareApplications.AsNoTracking()
            .Where(a =>
                a.Applicant == application.Applicant && a.Resource == application.Request.Resource && PendingStates.Contains(a.State)
            )
            .ToListAsync(ct);
        var items = application.Request.Items.ToHashSet(StringComparer.Ordinal);
        var duplicate = pending.Select(ShareApplicationMapping.ToApplication).FirstOrDefault(p => p.Request.Items.Any(items.Contains));
        if (duplicate is not null)
        {
            return ShareApplicationOutcome.Refused(
                ErrorCodes.Workflow.DuplicatePending,
                $"Application {duplicate.Id} of the department for overlapping items of the resource is still pending."
            );
        }

        var now = clock.GetUtcNow();
        db.ShareApplications.Add(ShareApplicationMapping.ToRow(application, now, now));
        db.Events.Add(StepEvent(null, application, actor, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ShareApplicationOutcome.Done(application);
    }

    /// <inheritdoc />
    public async Task<ShareApplicationOutcome> UpdateAsync(
        ShareApplication before,
        ShareApplicationOutcome outcome,
        string actor,
        CancellationToken ct = default
    )
    {
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var next = outcome.Application!;
        if (next.Id != before.Id || next.Version <= before.Version)
        {
            throw new ArgumentException("The outcome is not a step taken on the application.", nameof(outcome));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        if (!await StageStepAsync(db, before, next, actor, now, ct))
        {
            return Stale(before);
        }

        var grant = outcome.Grant is null ? null : outcome.Grant with { ApplicationId = next.Id };
        if (grant is not null)
        {
            db.Grants.Add(GrantMapping.ToRow(grant));
            db.Events.Add(GrantMapping.AddedEvent(grant, actor, now));
        }

        try
        {
            await SaveInOneTransactionAsync(db, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale(before);
        }
        finally
        {
            if (grant is not null)
            {
                governance.ForgetGrantsOf(grant.Grantee);
            }
        }

        return ShareApplicationOutcome.Done(next, grant);
    }

    /// <inheritdoc />
    public async Task<GrantRevocation> RevokeGrantAsync(
        string grantId,
        string actor,
        string reason,
        ShareApplication? before = null,
        ShareApplicationOutcome? step = null,
        CancellationToken ct = default
    )
    {
        var next = step?.Application;
        if (step is not null && (before is null || next is null || next.Id != before.Id || next.Version <= before.Version))
        {
            throw new ArgumentException("The step is not a successful step taken on the application.", nameof(step));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Grants.Include(g => g.Items).SingleOrDefaultAsync(g => g.Id == grantId, ct);
        if (row is null)
        {
            return new GrantRevocation(null, null);
        }

        var grant = GrantMapping.ToGrant(row);
        var now = clock.GetUtcNow();
        if (grant.StateAt(now) == GrantState.Revoked)
        {
            return new GrantRevocation(grant, next is null ? null : Stale(before!));
        }

        row.RevokedAt = now.ToUniversalTime();
        db.Events.Add(GrantMapping.RevokedEvent(grant, actor, reason, now));
        if (next is not null && !await StageStepAsync(db, before!, next, actor, now, ct))
        {
            return new GrantRevocation(grant, Stale(before!));
        }

        try
        {
            await SaveInOneTransactionAsync(db, ct);
        }
        catch (DbUpdateConcurrencyException) when (next is not null)
        {
            return new GrantRevocation(grant, Stale(before!));
        }
        finally
        {
            governance.ForgetGrantsOf(row.Grantee);
        }

        return new GrantRevocation(GrantMapping.ToGrant(row), next is null ? null : ShareApplicationOutcome.Done(next));
    }

    /// <inheritdoc />
    public async Task<ShareApplication?> FindAsync(string id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.ShareApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return row is null ? null : ShareApplicationMapping.ToApplication(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ShareApplication>> ListAsync(ShareApplicationFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = db.ShareApplications.AsNoTracking();
        if (filter.Applicant is { } applicant)
        {
            rows = rows.Where(a => a.Applicant == applicant);
        }

        if (filter.Resources is { } resources)
        {
            rows = rows.Where(a => resources.Contains(a.Resource));
        }

        if (filter.State is { } state)
        {
            var name = state.ToString();
            rows = rows.Where(a => a.State == name);
        }

        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        var found = await rows.ToListAsync(ct);
        return
        [
            .. found
                .OrderByDescending(a => a.CreatedAt)
                .ThenByDescending(a => a.Id, StringComparer.Ordinal)
                .Take(filter.Take)
                .Select(ShareApplicationMapping.ToApplication),
        ];
    }

    /// <inheritdoc />
    public async Task SetYearAsync(WorkingYear year, string actor, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var next = ShareApplicationMapping.ToRow(year, actor, now);
        var row = await db.WorkingYears.SingleOrDefaultAsync(y => y.Year == year.Year, ct);
        var before = row is null ? null : CalendarJson(row);
        if (row is null)
        {
            db.WorkingYears.Add(next);
        }
        else
        {
            row.Holidays = next.Holidays;
            row.Workdays = next.Workdays;
            row.SetBy = next.SetBy;
            row.SetAt = next.SetAt;
        }

        db.Events.Add(
            new GovernanceEventRow
            {
                Time = now,
                Actor = actor,
                Kind = CalendarSet,
                Subject = "calendar-" + year.Year.ToString(CultureInfo.InvariantCulture),
                Before = before,
                After = CalendarJson(next),
            }
        );
        await db.SaveChangesAsync(ct);
    }

    /// <inheritdoc />
    public async Task<WorkingCalendar> LoadCalendarAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.WorkingYears.AsNoTracking().ToListAsync(ct);
        return WorkingCalendar.Of(rows.Select(ShareApplicationMapping.ToYear));
    }

    /// <summary>
    /// Stages the step from <paramref name="before"/> to <paramref name="next"/> and its event in <paramref name="db"/>: false (and
    /// nothing staged) when the stored version is no longer <c>before.Version</c>. The UPDATE matches only that version, so a step
    /// stored meanwhile by another writer fails the save with <see cref="DbUpdateConcurrencyException"/> (docs/workflow.md "Storage").
    /// </summary>
    private static async Task<bool> StageStepAsync(
        GovernanceDbContext db,
        ShareApplication before,
        ShareApplication next,
        string actor,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var row = await db.ShareApplications.SingleOrDefaultAsync(a => a.Id == before.Id, ct)
            ?? throw new InvalidOperationException($"No application {before.Id} is stored.");
        if (row.Version != before.Version)
        {
            return false;
        }

        ShareApplicationMapping.Apply(row, next, now);
        db.Entry(row).Property(r => r.Version).OriginalValue = before.Version;
        db.Events.Add(StepEvent(before, next, actor, now));
        return true;
    }

    private static async Task SaveInOneTransactionAsync(GovernanceDbContext db, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static ShareApplicationOutcome Stale(ShareApplication before) =>
        ShareApplicationOutcome.Refused(
            ErrorCodes.Workflow.StaleState,
            $"Application {before.Id} changed since version {before.Version} was read: read it again."
        );

    private static GovernanceEventRow StepEvent(ShareApplication? before, ShareApplication after, string actor, DateTimeOffset now)
    {
        var action = after.History[^1];
        return new GovernanceEventRow
        {
            Time = now,
            Actor = actor,
            Kind = KindOf(action.Step),
            Subject = after.Id,
            Resource = after.Request.Resource,
            Before = before is null
                ? null
                : JsonSerializer.Serialize(new { state = before.State, version = before.Version }, ShareApplicationMapping.Json),
            After = JsonSerializer.Serialize(
                new
                {
                    state = after.State,
                    version = after.Version,
                    applicant = after.Applicant,
                    action,
                },
                ShareApplicationMapping.Json
            ),
        };
    }

    private static string KindOf(ShareApplicationStep step) =>
        step switch
        {
            ShareApplicationStep.Submit => Submitted,
            ShareApplicationStep.Forward => Forwarded,
            ShareApplicationStep.Return => Returned,
            ShareApplicationStep.Resubmit => Resubmitted,
            ShareApplicationStep.Withdraw => Withdrawn,
            ShareApplicationStep.Approve => Approved,
            ShareApplicationStep.Reject => Rejected,
            ShareApplicationStep.Comment => Commented,
            ShareApplicationStep.Revoke => Revoked,
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step."),
        };

    private static string CalendarJson(WorkingYearRow row) =>
        JsonSerializer.Serialize(
            new
            {
                year = row.Year,
                holidays = JsonSerializer.Deserialize<List<DateOnly>>(row.Holidays, CatalogJson.Options),
                workdays = JsonSerializer.Deserialize<List<DateOnly>>(row.Workdays, CatalogJson.Options),
            },
            CatalogJson.Options
        );
}
