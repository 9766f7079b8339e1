namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// Stores share applications (docs/workflow.md "Storage"). Every change is written with its governance event in one transaction;
/// an approval also stores its grant (with <see cref="Sharing.Grant.ApplicationId"/>) and a <c>GRANT_ADDED</c> event in that
/// transaction, and the applicant's cached grants are dropped before the call returns.
/// </summary>
public interface IShareApplicationStore
{
    /// <summary>A new application id: <c>SA-</c>, the year of <paramref name="now"/> (China Standard Time), <c>-</c> and twelve
    /// random upper-case hex digits.</summary>
    string NewApplicationId(DateTimeOffset now);

    /// <summary>A new grant id for an approval: <c>G-</c>, the year of <paramref name="now"/>, <c>-</c> and twelve random
    /// upper-case hex digits (the seed's grants are <c>G-2025-0001</c> and so on, so the two never meet).</summary>
    string NewGrantId(DateTimeOffset now);

    /// <summary>
    /// Stores a newly submitted application (version 1) with a <c>SHARE_APPLICATION_SUBMITTED</c> event. Refused with
    /// <c>DUPLICATE_PENDING</c> when the applicant has a pending application for the same resource whose items overlap.
    /// </summary>
    Task<ShareApplicationOutcome> SubmitAsync(ShareApplication application, string actor, CancellationToken ct = default);

    /// <summary>
    /// Stores the successful step <paramref name="outcome"/> taken on <paramref name="before"/>: the new state only where the
    /// stored version is still <c>before.Version</c> (else refused with <c>STALE_STATE</c> and nothing is written), a
    /// <c>SHARE_APPLICATION_*</c> event for the step, and for an approval the grant and its <c>GRANT_ADDED</c> event; all in one
    /// transaction. A refused <paramref name="outcome"/> is returned unchanged.
    /// </summary>
    Task<ShareApplicationOutcome> UpdateAsync(
        ShareApplication before,
        ShareApplicationOutcome outcome,
        string actor,
        CancellationToken ct = default
    );

    /// <summary>
    /// Revokes the grant <paramref name="grantId"/> at the clock's now with a <c>GRANT_REVOKED</c> event (its reason), and, when
    /// <paramref name="step"/> is given (the successful <see cref="ShareApplicationRules.Revoke"/> taken on
    /// <paramref name="before"/>, the application that created the grant), stores that step as <see cref="UpdateAsync"/> does, in
    /// the same transaction: on a version that is no longer current (or a grant revoked meanwhile) the step is refused with
    /// <c>STALE_STATE</c> and nothing is written. A grant already revoked without a step keeps its revocation and gets no event.
    /// The grantee's cached grants are dropped before the call returns.
    /// </summary>
    Task<GrantRevocation> RevokeGrantAsync(
        string grantId,
        string actor,
        string reason,
        ShareApplication? before = null,
        ShareApplicationOutcome? step = null,
        CancellationToken ct = default
    );

    /// <summary>The application with <paramref name="id"/>, or null.</summary>
    Task<ShareApplication?> FindAsync(string id, CancellationToken ct = default);

    /// <summary>The applications matching <paramref name="filter"/>, newest first (by creation time, then id).</summary>
    Task<IReadOnlyList<ShareApplication>> ListAsync(ShareApplicationFilter filter, CancellationToken ct = default);
}
