using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Time;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// <c>myTasks</c> (docs/workflow.md, "The API"): what waits on the caller, for every party it is. The bureau: submitted applications to
/// forward or return; the reviewer: forwarded applications to decide (not those of its own department or resources); the applicant
/// (<c>department</c> or <c>cdo</c>): its returned applications (no due time) and its active grants ending within
/// <see cref="WorkflowOptions.ExpiryNoticeDays"/>; the provider: pending applications for its resources it has not commented on. The
/// bureau also: pending record deletion requests of other departments (no due time; docs/data-in.md, "Deletion").
/// Overdue first, then by due time (none last), then by kind and id.
/// </summary>
internal static class MyTasks
{
    public static async Task<IReadOnlyList<WorkflowTask>> OfAsync(
        GraphRequestContext request,
        WorkflowResolvers workflow,
        CancellationToken ct
    )
    {
        var caller = request.Principal;
        var department = caller.Department;
        var now = workflow.Clock.GetUtcNow();
        var view = await workflow.ViewsAsync(now, ct);
        var tasks = new List<WorkflowTask>();

        if (caller.HasRole(Roles.Bureau))
        {
            var submitted = await ListAsync(workflow, new ShareApplicationFilter { State = ShareApplicationState.Submitted }, ct);
            tasks.AddRange(submitted.Where(a => a.Applicant != department).Select(a => ApplicationTask(WorkflowTaskKind.Forward, view(a))));
            var deletions = await workflow.Deletions.ListAsync(RecordDeletionState.Pending, null, int.MaxValue, ct);
            tasks.AddRange(
                deletions
                    .Where(d => d.Provider != department)
                    .Select(d => new WorkflowTask(WorkflowTaskKind.DecideDeletion, null, null, null, false, d))
            );
        }

        if (caller.HasRole(Roles.Reviewer))
        {
            var forwarded = await ListAsync(workflow, new ShareApplicationFilter { State = ShareApplicationState.Forwarded }, ct);
            tasks.AddRange(
                forwarded
                    .Where(a => a.Applicant != department && WorkflowResolvers.ProviderOf(request, a.Request.Resource) != department)
                    .Select(a => ApplicationTask(WorkflowTaskKind.Decide, view(a)))
            );
        }

        if (caller.HasRole(Roles.Department) || caller.HasRole(Roles.Cdo))
        {
            var returned = await ListAsync(
                workflow,
                new ShareApplicationFilter { Applicant = department, State = ShareApplicationState.Returned },
                ct
            );
            tasks.AddRange(returned.Select(a => new WorkflowTask(WorkflowTaskKind.Resubmit, view(a), null, null, false)));

            var lastNoticeDay = ChinaStandardTime.DayOf(now).AddDays(workflow.Options.ExpiryNoticeDays);
            var held = await workflow.Grants.GrantsOfAsync(department, ct);
            tasks.AddRange(
                held.Where(g => g.IsActiveAt(now) && g.ValidTo <= lastNoticeDay)
                    .Select(g =>
                    {
                        var end = ChinaStandardTime.StartOf(g.ValidTo.AddDays(1));
                        return new WorkflowTask(WorkflowTaskKind.GrantExpiring, null, g, end, WorkingCalendar.IsOverdue(end, now));
                    })
            );
        }

        var provided = request.Catalog.ApiNamesProvidedBy(department);
        if (provided.Count > 0)
        {
            var onMine = await ListAsync(workflow, new ShareApplicationFilter { Resources = provided }, ct);
            tasks.AddRange(
                onMine
                    .Where(a =>
                        a.State is ShareApplicationState.Submitted or ShareApplicationState.Forwarded
                        && a.Applicant != department
                        && !a.History.Any(h => h.Step == ShareApplicationStep.Comment && h.Department == department)
                    )
                    .Select(a => ApplicationTask(WorkflowTaskKind.Comment, view(a)))
            );
        }

        return
        [
            .. tasks
                .OrderByDescending(t => t.Overdue)
                .ThenBy(t => t.DueAt is null)
                .ThenBy(t => t.DueAt)
                .ThenBy(t => t.Kind)
                .ThenBy(t => t.Application?.Application.Id ?? t.Grant?.Id ?? t.Deletion?.Id, StringComparer.Ordinal),
        ];
    }

    private static WorkflowTask ApplicationTask(WorkflowTaskKind kind, ShareApplicationView application) =>
        new(kind, application, null, application.Schedule.DueAt, application.Schedule.Overdue);

    private static Task<IReadOnlyList<ShareApplication>> ListAsync(
        WorkflowResolvers workflow,
        ShareApplicationFilter filter,
        CancellationToken ct
    ) => workflow.Applications.ListAsync(filter with { Take = int.MaxValue }, ct);
}
