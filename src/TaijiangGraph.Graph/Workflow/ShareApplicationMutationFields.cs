using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.Requests;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// The steps of a share application (docs/workflow.md, "The API"; the rules in <see cref="ShareApplicationRules"/>): submit,
/// forward, return, resubmit, withdraw, approve, reject and comment. Each answers the application as it now stands, or null with
/// a coded error. They read no data and need no purpose.
/// </summary>
internal static class ShareApplicationMutationFields
{
    private const string VersionHelp = "The version read; when the application moved on since, the step is refused (STALE_STATE).";

    public static void AddTo(ObjectGraphType mutation, WorkflowTypes types, WorkflowResolvers workflow)
    {
        mutation
            .Field("submitShareApplication", types.Application)
            .Description("Apply for conditional items of a resource (roles department or cdo; the applicant is the caller's department).")
            .Argument(new NonNullGraphType(types.Input), "input")
            .ResolveAsync(async c =>
            {
                var request = c.Request();
                var now = workflow.Clock.GetUtcNow();
                var id = workflow.Applications.NewApplicationId(now);
                var outcome = workflow.Rules(request).Submit(id, request.Principal, c.GetArgument<ShareApplicationRequest>("input"), now);
                if (!outcome.Succeeded)
                {
                    throw WorkflowErrors.Refused(outcome);
                }

                outcome = await workflow.Applications.SubmitAsync(outcome.Application!, request.Principal.UserId, c.CancellationToken);
                return await workflow.ViewOfAsync(outcome, now, c.CancellationToken);
            });
        Step(mutation, types, "forwardShareApplication", "Forward a submitted application to the city reviewer (bureau).")
            .Argument<StringGraphType>("opinion")
            .Argument<IntGraphType>("version", VersionHelp)
            .ResolveAsync(async c =>
                await workflow.StepAsync(c, (rules, a, caller, now) => rules.Forward(a, caller, c.GetArgument<string?>("opinion"), now))
            );
        Step(mutation, types, "returnShareApplication", "Return a submitted application to the applicant, with a reason (bureau).")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Argument<IntGraphType>("version", VersionHelp)
            .ResolveAsync(async c =>
                await workflow.StepAsync(c, (rules, a, caller, now) => rules.Return(a, caller, c.GetArgument<string?>("reason"), now))
            );
        Step(mutation, types, "resubmitShareApplication", "Resubmit a returned application with a new input (the applicant).")
            .Argument(new NonNullGraphType(types.Input), "input")
            .Argument<IntGraphType>("version", VersionHelp)
            .ResolveAsync(async c =>
                await workflow.StepAsync(c, (rules, a, caller, now) =>
                    rules.Resubmit(a, caller, c.GetArgument<ShareApplicationRequest>("input"), now)
                )
            );
        Step(mutation, types, "withdrawShareApplication", "Withdraw an application before the decision (the applicant).")
            .Argument<IntGraphType>("version", VersionHelp)
            .ResolveAsync(async c => await workflow.StepAsync(c, (rules, a, caller, now) => rules.Withdraw(a, caller, now)));
        Step(mutation, types, "approveShareApplication", "Approve a forwarded application, narrowing what was asked if need be (reviewer).")
            .Argument<StringGraphType>("opinion")
            .Argument<DateScalar>("validTo", "An earlier end of validity than asked.")
            .Argument(new ListGraphType(new NonNullGraphType(types.Condition)), "rowScope", a => a.Description = "A narrower row scope.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("liftMasks", "Fewer lifted masks.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("items", "Fewer items.")
            .Argument<IntGraphType>("version", VersionHelp)
            .ResolveAsync(async c =>
                await workflow.StepAsync(c, (rules, a, caller, now) =>
                    rules.Approve(a, caller, TermsOf(c), workflow.Applications.NewGrantId(now), now)
                )
            );
        Step(mutation, types, "rejectShareApplication", "Reject a forwarded application, with a reason (reviewer).")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Argument<IntGraphType>("version", VersionHelp)
            .ResolveAsync(async c =>
                await workflow.StepAsync(c, (rules, a, caller, now) => rules.Reject(a, caller, c.GetArgument<string?>("reason"), now))
            );
        Step(mutation, types, "commentOnShareApplication", "Comment on a pending application for one's resource (provider).")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("version", VersionHelp)
            .ResolveAsync(async c =>
                await workflow.StepAsync(c, (rules, a, caller, now) => rules.Comment(a, caller, c.GetArgument<string?>("text"), now))
            );
    }

    /// <summary>A step field with its <c>id</c> argument; the field's own arguments and <c>version</c> follow.</summary>
    private static GraphQL.Builders.FieldBuilder<object?, object> Step(
        ObjectGraphType mutation,
        WorkflowTypes types,
        string name,
        string description
    ) => mutation.Field(name, types.Application).Description(description).Argument<NonNullGraphType<IdGraphType>>("id");

    private static ApprovalTerms TermsOf(IResolveFieldContext c) =>
        new()
        {
            Opinion = c.GetArgument<string?>("opinion"),
            Items = InputValues.OptionalStrings(Raw(c, "items")),
            ValidTo = c.GetArgument<DateOnly?>("validTo"),
            RowScope = Raw(c, "rowScope") is { } scope ? new RowScope(InputValues.Of<RowScopeCondition>(scope)) : null,
            LiftMasks = InputValues.OptionalStrings(Raw(c, "liftMasks")),
        };

    private static object? Raw(IResolveFieldContext c, string name) =>
        c.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}
