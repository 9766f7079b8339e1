using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.Catalog;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// The workflow's root query fields (docs/workflow.md, "The API"): <c>shareApplication</c>, <c>shareApplications</c>,
/// <c>grants</c> and <c>myTasks</c>. They read no data and need no purpose. An application is seen by its applicant, the bureau,
/// the reviewer and the provider of its resource; a grant by its grantee, the bureau and the provider of its resource.
/// </summary>
internal static class WorkflowQueryFields
{
    private const int DefaultPage = 50;
    private const int MaxPage = 100;

    public static void AddTo(ObjectGraphType query, WorkflowTypes types, WorkflowResolvers workflow)
    {
        query
            .Field("shareApplication", types.Application)
            .Description("A share application by id; null when unknown or not the caller's to see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var application = await workflow.VisibleAsync(c.Request(), c.GetArgument<string>("id"), c.CancellationToken);
                return application is null
                    ? null
                    : (await workflow.ViewsAsync(workflow.Clock.GetUtcNow(), c.CancellationToken))(application);
            });
        query
            .Field("shareApplications", new NonNullGraphType(new ListGraphType(new NonNullGraphType(types.Application))))
            .Description("The share applications the caller may see, newest first.")
            .Argument<ShareApplicationStateEnum>("state")
            .Argument<StringGraphType>("resource", "API name of the resource.")
            .Argument<IntGraphType>("first", "1 to 100, default 50.")
            .ResolveAsync(async c =>
            {
                var filter = new ShareApplicationFilter
                {
                    State = c.GetArgument<ShareApplicationState?>("state"),
                    Resources = c.GetArgument<string?>("resource") is { } resource ? [resource] : null,
                    Take = Math.Clamp(c.GetArgument<int?>("first") ?? DefaultPage, 1, MaxPage),
                };
                var found = await VisibleAsync(c.Request(), workflow, filter, c.CancellationToken);
                var view = await workflow.ViewsAsync(workflow.Clock.GetUtcNow(), c.CancellationToken);
                return found.Select(view).ToList();
            });
        query
            .Field("grants", new NonNullGraphType(new ListGraphType(new NonNullGraphType(types.Grant))))
            .Description("Grants, in every state: all for the bureau; for a department its own and those on resources it provides.")
            .Argument<StringGraphType>("grantee", "Code of the grantee department.")
            .Argument<StringGraphType>("resource", "API name of the resource.")
            .Argument<GrantStateEnum>("state", "The state now.")
            .ResolveAsync(async c =>
            {
                var request = c.Request();
                var grantee = c.GetArgument<string?>("grantee");
                var resource = c.GetArgument<string?>("resource");
                var state = c.GetArgument<GrantState?>("state");
                var now = workflow.Clock.GetUtcNow();
                var all = await workflow.Grants.AllAsync(c.CancellationToken);
                return all.Where(g =>
                        WorkflowResolvers.CanSee(request, g)
                        && (grantee is null || g.Grantee == grantee)
                        && (resource is null || g.Resource == resource)
                        && (state is null || g.StateAt(now) == state)
                    )
                    .ToList();
            });
        query
            .Field("myTasks", new NonNullGraphType(new ListGraphType(new NonNullGraphType(types.Task))))
            .Description("What waits on the caller, for each party it is; overdue first, then by due time (none last).")
            .ResolveAsync(async c => await MyTasks.OfAsync(c.Request(), workflow, c.CancellationToken));
    }

    /// <summary>
    /// The applications matching <paramref name="filter"/> the caller may see: the bureau and the reviewer see all; a department its
    /// own and those for resources it provides.
    /// </summary>
    private static async Task<IReadOnlyList<ShareApplication>> VisibleAsync(
        GraphRequestContext request,
        WorkflowResolvers workflow,
        ShareApplicationFilter filter,
        CancellationToken ct
    )
    {
        var caller = request.Principal;
        if (caller.HasRole(Roles.Bureau) || caller.HasRole(Roles.Reviewer))
        {
            return await workflow.Applications.ListAsync(filter, ct);
        }

        var own = await workflow.Applications.ListAsync(filter with { Applicant = caller.Department }, ct);
        var provided = request
            .Catalog.ApiNamesProvidedBy(caller.Department)
            .Where(r => filter.Resources is null || filter.Resources.Contains(r))
            .ToList();
        var onMine = provided.Count == 0 ? [] : await workflow.Applications.ListAsync(filter with { Resources = provided }, ct);
        return
        [
            .. own.Concat(onMine)
                .DistinctBy(a => a.Id, StringComparer.Ordinal)
                .OrderByDescending(a => a.History[0].At)
                .ThenByDescending(a => a.Id, StringComparer.Ordinal)
                .Take(filter.Take),
        ];
    }
}
