using GraphQL;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// What the workflow fields share (docs/workflow.md, "The API"): the rules of the request's catalog version, who sees which
/// application and grant, the schedule of an application at the clock's now (on the working calendar, loaded once per field), and
/// the path of every step: the application the caller may see (else <c>UNKNOWN_APPLICATION</c>), the optional version checked
/// (<c>STALE_STATE</c> before anything is stored), the step's rules, then the store.
/// </summary>
internal sealed class WorkflowResolvers(
    IShareApplicationStore applications,
    IWorkingCalendarStore calendars,
    IGrantStore grants,
    IRecordDeletionStore deletions,
    WorkflowOptions options,
    TimeProvider clock
)
{
    public IShareApplicationStore Applications => applications;

    public IWorkingCalendarStore Calendars => calendars;

    public IGrantStore Grants => grants;

    /// <summary>The record deletion requests, for the bureau's tasks.</summary>
    public IRecordDeletionStore Deletions => deletions;

    public WorkflowOptions Options => options;

    public TimeProvider Clock => clock;

    public ShareApplicationRules Rules(GraphRequestContext request) => new(request.Catalog, options.MaxGrantDays);

    /// <summary>Turns applications into their views at <paramref name="now"/>, on the calendar as stored now.</summary>
    public async Task<Func<ShareApplication, ShareApplicationView>> ViewsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var calendar = await calendars.LoadCalendarAsync(ct);
        var allowances = options.Allowances;
        return a => new ShareApplicationView(a, ApplicationSchedule.Of(a, calendar, allowances, now));
    }

    /// <summary>The provider of <paramref name="resource"/> in the request's catalog; empty when the catalog has no such
    /// resource.</summary>
    public static string ProviderOf(GraphRequestContext request, string resource) => request.Catalog.FindResource(resource)?.Provider ?? "";

    public static bool CanSee(GraphRequestContext request, ShareApplication application) =>
        ShareApplicationRules.CanSee(application, request.Principal, ProviderOf(request, application.Request.Resource));

    /// <summary>A grant is seen by the bureau, its grantee and the provider of its resource.</summary>
    public static bool CanSee(GraphRequestContext request, Grant grant) =>
        ShareApplicationRules.CanSeeGrant(grant, request.Principal, ProviderOf(request, grant.Resource));

    /// <summary>The grant <paramref name="id"/> when the caller may see it, else null (unknown and invisible alike).</summary>
    public async Task<Grant?> VisibleGrantAsync(GraphRequestContext request, string id, CancellationToken ct)
    {
        var all = await grants.AllAsync(ct);
        return all.FirstOrDefault(g => g.Id == id) is { } grant && CanSee(request, grant) ? grant : null;
    }

    /// <summary>The application <paramref name="id"/> when the caller may see it, else null (unknown and invisible alike).</summary>
    public async Task<ShareApplication?> VisibleAsync(GraphRequestContext request, string id, CancellationToken ct)
    {
        var application = await applications.FindAsync(id, ct);
        return application is not null && CanSee(request, application) ? application : null;
    }

    /// <summary>
    /// Takes the step <paramref name="take"/> on the application of the field's <c>id</c> argument, as the caller, at the clock's
    /// now, and stores it; the new application's view, or the refusal as an error.
    /// </summary>
    public async Task<ShareApplicationView> StepAsync(
        IResolveFieldContext context,
        Func<ShareApplicationRules, ShareApplication, Principal, DateTimeOffset, ShareApplicationOutcome> take
    )
    {
        var request = context.Request();
        var id = context.GetArgument<string>("id");
        var before = await VisibleAsync(request, id, context.CancellationToken) ?? throw WorkflowErrors.UnknownApplication(id);
        if (context.GetArgument<int?>("version") is { } version && version != before.Version)
        {
            throw WorkflowErrors.Stale(before, version);
        }

        var now = clock.GetUtcNow();
        var outcome = take(Rules(request), before, request.Principal, now);
        if (!outcome.Succeeded)
        {
            throw WorkflowErrors.Refused(outcome);
        }

        outcome = await applications.UpdateAsync(before, outcome, request.Principal.UserId, context.CancellationToken);
        return await ViewOfAsync(outcome, now, context.CancellationToken);
    }

    /// <summary>The view of a stored outcome's application, or its refusal as an error.</summary>
    public async Task<ShareApplicationView> ViewOfAsync(ShareApplicationOutcome outcome, DateTimeOffset now, CancellationToken ct) =>
        outcome.Succeeded ? (await ViewsAsync(now, ct))(outcome.Application!) : throw WorkflowErrors.Refused(outcome);
}
