using System.Collections.Concurrent;
using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>
/// Share applications and the working calendar in memory: the store's contract (docs/workflow.md "Storage") without duplicate
/// checks, version checks only on the application's current version.
/// </summary>
internal sealed class FakeShareApplicationStore : IShareApplicationStore, IWorkingCalendarStore
{
    private readonly ConcurrentDictionary<string, ShareApplication> _applications = new(StringComparer.Ordinal);
    private WorkingCalendar _calendar = WorkingCalendar.Empty;
    private int _ids;

    public string NewApplicationId(DateTimeOffset now) => $"SA-{now.Year}-{Interlocked.Increment(ref _ids):D12}";

    public string NewGrantId(DateTimeOffset now) => $"G-{now.Year}-{Interlocked.Increment(ref _ids):D12}";

    public Task<ShareApplicationOutcome> SubmitAsync(ShareApplication application, string actor, CancellationToken ct = default)
    {
        _applications[application.Id] = application;
        return Task.FromResult(ShareApplicationOutcome.Done(application));
    }

    public Task<ShareApplicationOutcome> UpdateAsync(
        ShareApplication before,
        ShareApplicationOutcome outcome,
        string actor,
        CancellationToken ct = default
    )
    {
        if (outcome.Succeeded)
        {
            _applications[before.Id] = outcome.Application!;
        }

        return Task.FromResult(outcome);
    }

    public Task<GrantRevocation> RevokeGrantAsync(
        string grantId,
        string actor,
        string reason,
        ShareApplication? before = null,
        ShareApplicationOutcome? step = null,
        CancellationToken ct = default
    ) => throw new NotSupportedException("The graph tests revoke no grants; the data tests cover the store.");

    public Task<ShareApplication?> FindAsync(string id, CancellationToken ct = default) =>
        Task.FromResult(_applications.TryGetValue(id, out var application) ? application : null);

    public Task<IReadOnlyList<ShareApplication>> ListAsync(ShareApplicationFilter filter, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ShareApplication>>([
            .. _applications
                .Values.Where(a =>
                    (filter.Applicant is null || a.Applicant == filter.Applicant)
                    && (filter.Resources is null || filter.Resources.Contains(a.Request.Resource))
                    && (filter.State is null || a.State == filter.State)
                )
                .OrderByDescending(a => a.History[0].At)
                .Take(filter.Take),
        ]);

    public Task SetYearAsync(WorkingYear year, string actor, CancellationToken ct = default)
    {
        _calendar = _calendar.With(year);
        return Task.CompletedTask;
    }

    public Task<WorkingCalendar> LoadCalendarAsync(CancellationToken ct = default) => Task.FromResult(_calendar);
}
