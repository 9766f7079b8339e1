using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Paging;

namespace TaijiangGraph.Graph.Governance;

/// <summary><c>governanceEvents</c> (the bureau): the governance event log, newest first.</summary>
public static class GovernanceQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GovernanceEventType>>>>("governanceEvents")
            .Description("Changes to catalog and grants with before/after values, newest first (the bureau).")
            .Argument<StringGraphType>("kind").Argument<IntGraphType>("first", "1 to 100, default 50.").Argument<StringGraphType>("after", "An event id: continue below it.")
            .ResolveAsync(async c =>
            {
                if (!c.Request().Principal.IsBureau)
                {
                    throw new ExecutionError("Only the bureau reads the governance event log.") { Code = GovernanceMutationFields.Forbidden };
                }

                return await c.RequestServices!.GetRequiredService<GovernanceStore>()
                    .EventsAsync(c.GetArgument<string?>("kind"), IdCursor.Parse(c.GetArgument<string?>("after")), Math.Clamp(c.GetArgument<int?>("first") ?? 50, 1, 100), c.CancellationToken);
            });
    }
}
