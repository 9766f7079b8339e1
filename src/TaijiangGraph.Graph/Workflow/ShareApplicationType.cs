using GraphQL.Types;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// GraphQL type <c>ShareApplication</c>: an application with what it asks for, its state and version, its due time on the working
/// calendar (docs/workflow.md, "The API") and its history; <c>grantId</c> is the grant its approval created, found among the
/// applicant's grants.
/// </summary>
internal sealed class ShareApplicationType : ObjectGraphType<ShareApplicationView>
{
    public ShareApplicationType(IGrantStore grants, RowScopeConditionType condition, ShareApplicationHistoryEntryType entry)
    {
        Name = "ShareApplication";
        Description = "A share application (共享申请) and where it stands.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Application.Id);
        Field<NonNullGraphType<StringGraphType>>("applicant")
            .Description("Code of the applicant department.")
            .Resolve(c => c.Source.Application.Applicant);
        Field<NonNullGraphType<StringGraphType>>("resource").Description("API name of the resource.").Resolve(c => Asked(c).Resource);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("items").Resolve(c => Asked(c).Items);
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("用途.").Resolve(c => Asked(c).Purpose);
        Field<NonNullGraphType<StringGraphType>>("scenario").Description("应用场景.").Resolve(c => Asked(c).Scenario);
        Field<NonNullGraphType<StringGraphType>>("legalBasis").Description("依据.").Resolve(c => Asked(c).LegalBasis);
        Field<NonNullGraphType<DateScalar>>("validFrom").Resolve(c => Asked(c).ValidFrom);
        Field<NonNullGraphType<DateScalar>>("validTo").Resolve(c => Asked(c).ValidTo);
        Field("rowScope", new NonNullGraphType(new ListGraphType(new NonNullGraphType(condition))))
            .Description("Equality conditions, ANDed; empty: all rows.")
            .Resolve(c => Asked(c).RowScope.Conditions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("liftMasks").Resolve(c => Asked(c).LiftMasks);
        Field<StringGraphType>("liftMaskReason").Resolve(c => Asked(c).LiftMaskReason);
        Field<NonNullGraphType<ShareApplicationStateEnum>>("state").Resolve(c => c.Source.Application.State);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Moves on with every step; pass it to a step to refuse it when the application changed (STALE_STATE).")
            .Resolve(c => c.Source.Application.Version);
        Field<NonNullGraphType<DateTimeScalar>>("submittedAt")
            .Description("Time of the first submission.")
            .Resolve(c => c.Source.Application.History[0].At);
        Field<DateTimeScalar>("dueAt")
            .Description(
                "SUBMITTED: forward due (Workflow:ForwardWorkingDays after the last submission); FORWARDED: decision due "
                    + "(Workflow:DecisionWorkingDays after the forward); otherwise null. 00:00 CST after the due day."
            )
            .Resolve(c => c.Source.Schedule.DueAt);
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("dueAt is not null and has come.")
            .Resolve(c => c.Source.Schedule.Overdue);
        Field<NonNullGraphType<BooleanGraphType>>("calendarKnown")
            .Description("Every year from the step's start to its due day has a working calendar; true when dueAt is null.")
            .Resolve(c => c.Source.Schedule.CalendarKnown);
        Field<StringGraphType>("grantId")
            .Description("The grant the approval created.")
            .ResolveAsync(async c =>
            {
                var application = c.Source.Application;
                if (application.IsPending)
                {
                    return null;
                }

                var held = await grants.GrantsOfAsync(application.Applicant, c.CancellationToken);
                return held.FirstOrDefault(g => g.ApplicationId == application.Id)?.Id;
            });
        Field("history", new NonNullGraphType(new ListGraphType(new NonNullGraphType(entry))))
            .Description("The steps taken, oldest first.")
            .Resolve(c => c.Source.Schedule.Steps);
    }

    private static ShareApplicationRequest Asked(GraphQL.IResolveFieldContext<ShareApplicationView> c) => c.Source.Application.Request;
}
