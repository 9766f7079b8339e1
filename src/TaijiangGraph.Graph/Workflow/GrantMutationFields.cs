using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.Requests;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// <c>revokeGrant</c> and <c>renewGrant</c> (docs/workflow.md, "The API"). A grant the caller may not see (only its grantee, the
/// bureau and the provider of its resource do) is answered like an unknown id, <c>UNKNOWN_GRANT</c>.
/// </summary>
internal static class GrantMutationFields
{
    public static void AddTo(ObjectGraphType mutation, WorkflowTypes types, WorkflowResolvers workflow)
    {
        mutation
            .Field("revokeGrant", types.Grant)
            .Description(
                "Revoke a grant, with a reason (the bureau or the provider of its resource). The application that created it, if any, "
                    + "gets a REVOKE step and is REVOKED."
            )
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await RevokeAsync(c, workflow));
        mutation
            .Field("renewGrant", types.Application)
            .Description(
                "Apply again for a grant's items (its grantee, roles department or cdo): a new submitted application prefilled from the "
                    + "grant; scenario and legal basis from the grant's application unless given (required when it has none)."
            )
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<DateScalar>("validTo", "Default: as long as the grant was valid, at most Workflow:MaxGrantDays.")
            .Argument<StringGraphType>("scenario", "应用场景.")
            .Argument<StringGraphType>("legalBasis", "依据.")
            .ResolveAsync(async c => await RenewAsync(c, workflow));
    }

    /// <summary>
    /// Revokes the grant: the caller must see it (<c>UNKNOWN_GRANT</c>), then <see cref="ShareApplicationRules.RevocationRefusal"/>
    /// decides; a grant from an application is revoked with the application's REVOKE step in one transaction.
    /// </summary>
    private static async Task<Grant?> RevokeAsync(IResolveFieldContext c, WorkflowResolvers workflow)
    {
        var request = c.Request();
        var caller = request.Principal;
        var id = c.GetArgument<string>("id");
        var reason = c.GetArgument<string?>("reason");
        var grant = await workflow.VisibleGrantAsync(request, id, c.CancellationToken) ?? throw WorkflowErrors.UnknownGrant(id);
        var rules = workflow.Rules(request);
        var now = workflow.Clock.GetUtcNow();
        if (rules.RevocationRefusal(grant, caller, reason, now) is { } refusal)
        {
            throw WorkflowErrors.Refused(refusal);
        }

        var application = grant.ApplicationId is { } applicationId
            ? await workflow.Applications.FindAsync(applicationId, c.CancellationToken)
            : null;
        var step = application is null ? null : rules.Revoke(application, caller, reason, now);
        if (step is { Succeeded: false })
        {
            throw WorkflowErrors.Refused(step);
        }

        var revocation = await workflow.Applications.RevokeGrantAsync(
            grant.Id,
            caller.UserId,
            PurposeText.Parse(reason).Value!,
            application,
            step,
            c.CancellationToken
        );
        if (revocation.Step is { Succeeded: false } refused)
        {
            throw WorkflowErrors.Refused(refused);
        }

        return revocation.Grant ?? throw WorkflowErrors.UnknownGrant(id);
    }

    /// <summary>
    /// Submits the renewal of the grant as a new application of the grantee: only the grantee's department with role
    /// <c>department</c> or <c>cdo</c> renews (<c>FORBIDDEN</c>); the request is checked as any submission.
    /// </summary>
    private static async Task<ShareApplicationView> RenewAsync(IResolveFieldContext c, WorkflowResolvers workflow)
    {
        var request = c.Request();
        var caller = request.Principal;
        var id = c.GetArgument<string>("id");
        var grant = await workflow.VisibleGrantAsync(request, id, c.CancellationToken) ?? throw WorkflowErrors.UnknownGrant(id);
        if (!ShareApplicationRules.MayRenew(grant, caller))
        {
            throw WorkflowErrors.Forbidden($"Only {grant.Grantee} (role department or cdo) renews grant {grant.Id}.");
        }

        var original = grant.ApplicationId is { } applicationId
            ? (await workflow.Applications.FindAsync(applicationId, c.CancellationToken))?.Request
            : null;
        var now = workflow.Clock.GetUtcNow();
        var rules = workflow.Rules(request);
        var renewal = rules.Renewal(
            grant,
            original,
            c.GetArgument<DateOnly?>("validTo"),
            c.GetArgument<string?>("scenario"),
            c.GetArgument<string?>("legalBasis"),
            now
        );
        var outcome = rules.Submit(workflow.Applications.NewApplicationId(now), caller, renewal, now);
        if (!outcome.Succeeded)
        {
            throw WorkflowErrors.Refused(outcome);
        }

        outcome = await workflow.Applications.SubmitAsync(outcome.Application!, caller.UserId, c.CancellationToken);
        return await workflow.ViewOfAsync(outcome, now, c.CancellationToken);
    }
}
