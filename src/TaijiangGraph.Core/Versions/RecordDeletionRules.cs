using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Versions;

/// <summary>
/// The deletion workflow of 第十九条 (docs/data-in.md, "Deletion"), pure: the provider department (its people with role
/// <c>department</c> or <c>cdo</c>) asks, with a reason, to delete one record; the bureau approves or rejects it (a rejection with
/// a reason). The checks of a step, in order: the caller (<c>FORBIDDEN</c>; no department decides on its own request), the state
/// (<c>INVALID_STATE</c>), the reason (<c>REASON_REQUIRED</c>). Whether the record exists (<c>RECORD_NOT_FOUND</c>), one pending
/// request per record (<c>DUPLICATE_PENDING</c>) and concurrent decisions (<c>STALE_STATE</c>) are the caller's and the store's to
/// check.
/// </summary>
public static class RecordDeletionRules
{
    /// <summary>A new pending request <paramref name="id"/> (version 1) to delete the record of <paramref name="key"/> (canonical
    /// text).</summary>
    public static RecordDeletionOutcome Request(
        string id,
        Principal actor,
        CatalogResource resource,
        string key,
        string? reason,
        DateTimeOffset now
    )
    {
        if (!MayRequest(actor, resource))
        {
            return RecordDeletionOutcome.Refused(
                ErrorCodes.Governance.Forbidden,
                $"Only the provider department of '{resource.ApiName}' (roles department or cdo) may ask to delete its records."
            );
        }

        return Reason(reason) is { } refusal
            ? refusal
            : RecordDeletionOutcome.Done(
                new RecordDeletionRequest
                {
                    Id = id,
                    Resource = resource.ApiName,
                    Key = key,
                    Provider = resource.Provider,
                    Reason = PurposeText.Parse(reason).Value!,
                    State = RecordDeletionState.Pending,
                    Version = 1,
                    RequestedBy = actor.UserId,
                    RequestedAt = now,
                }
            );
    }

    /// <summary>The bureau approves a pending request; the record is then marked deleted by the store.</summary>
    public static RecordDeletionOutcome Approve(RecordDeletionRequest request, Principal actor, DateTimeOffset now) =>
        Decide(request, actor, null, now, RecordDeletionState.Approved);

    /// <summary>The bureau rejects a pending request, with a reason.</summary>
    public static RecordDeletionOutcome Reject(RecordDeletionRequest request, Principal actor, string? reason, DateTimeOffset now) =>
        Decide(request, actor, reason, now, RecordDeletionState.Rejected);

    /// <summary>True when <paramref name="actor"/> may ask to delete records of <paramref name="resource"/>: a person of its provider
    /// department with role <c>department</c> or <c>cdo</c> (an app does not ask).</summary>
    public static bool MayRequest(Principal actor, CatalogResource resource) =>
        actor.Department == resource.Provider && actor.App is null && (actor.HasRole(Roles.Department) || actor.HasRole(Roles.Cdo));

    /// <summary>True when <paramref name="principal"/> may see <paramref name="request"/>: the provider department and the bureau;
    /// nobody else (to others a request is unknown).</summary>
    public static bool CanSee(RecordDeletionRequest request, Principal principal) =>
        principal.Department == request.Provider || principal.IsBureau;

    private static RecordDeletionOutcome Decide(
        RecordDeletionRequest request,
        Principal actor,
        string? reason,
        DateTimeOffset now,
        RecordDeletionState after
    )
    {
        if (!actor.IsBureau || actor.Department == request.Provider)
        {
            return RecordDeletionOutcome.Refused(
                ErrorCodes.Governance.Forbidden,
                $"Only the bureau decides on deletion request {request.Id}, and never on a request of its own department."
            );
        }

        if (!request.IsPending)
        {
            return RecordDeletionOutcome.Refused(
                ErrorCodes.Workflow.InvalidState,
                $"Deletion request {request.Id} is {request.State}; only a pending request is decided."
            );
        }

        if (after == RecordDeletionState.Rejected && Reason(reason) is { } refusal)
        {
            return refusal;
        }

        return RecordDeletionOutcome.Done(
            request with
            {
                State = after,
                Version = request.Version + 1,
                DecidedBy = actor.UserId,
                DecidedAt = now,
                DecisionReason = after == RecordDeletionState.Rejected ? PurposeText.Parse(reason).Value : null,
            }
        );
    }

    /// <summary>The refusal of a reason that is missing or breaks the rule of <see cref="PurposeText"/>; null for a valid one.</summary>
    private static RecordDeletionOutcome? Reason(string? reason)
    {
        var text = PurposeText.Parse(reason);
        return text.IsValid
            ? null
            : RecordDeletionOutcome.Refused(
                ErrorCodes.Workflow.ReasonRequired,
                text.IsMissing ? "A reason is required." : $"The reason is refused: {text.Problem}."
            );
    }
}
