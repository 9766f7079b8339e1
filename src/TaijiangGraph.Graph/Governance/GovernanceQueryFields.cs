using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Governance;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Governance;

/// <summary><c>governanceEvents</c>: the governance event log, newest first — all of it for the bureau, the events about its own resources
/// for a provider.</summary>
internal static class GovernanceQueryFields
{
    public static void AddTo(ObjectGraphType query, IGovernanceEvents store)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<GovernanceEventType>>>>("governanceEvents")
            .Description(
                "Governance events (catalog, grants, suspected lookup "
                    + "enumeration) with "
                    + "before/after "
                    + "values, newest "
                    + "first: all "
                    + "for the bureau, those about its own resources for a provider."
            )
            .Argument<StringGraphType>("kind")
            .Argument<IntGraphType>("first", "1 to 100, default 50.")
            .Argument<StringGraphType>("after", "An event id: continue below it.")
            .ResolveAsync(async c =>
            {
                // The bureau reads every event; a provider the events about its own resources (e.g. suspected lookup enumeration).
                var request = c.Request();
                var provided = request.Principal.IsBureau ? null : request.Catalog.ApiNamesProvidedBy(request.Principal.Department);
                return await store.EventsAsync(
                    c.GetArgument<string?>("kind"),
                    IdCursor.Parse(c.GetArgument<string?>("after")),
                    Math.Clamp(c.GetArgument<int?>("first") ?? 50, 1, 100),
                    provided,
                    c.CancellationToken
                );
            });
    }
}
