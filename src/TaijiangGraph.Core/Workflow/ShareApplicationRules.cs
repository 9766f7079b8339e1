using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Time;

namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// The share-application workflow of 第十七条 over one catalog version (docs/policy.md, "Share applications"), pure: each step
/// takes the application, the acting principal, its arguments and the time, and returns the next application (version plus
/// one, the step appended to its history) or a coded refusal. The checks of a step, in order: the caller's role and
/// department (<c>FORBIDDEN</c>: the bureau is a <c>bureau</c> of a department the catalog lets hold it, the reviewer likewise
/// with <c>reviewer</c>; the applicant steps need the applicant department with <c>department</c> or <c>cdo</c>; no
/// department acts on its own application beyond resubmitting or withdrawing it; a provider never decides on its own
/// resource; a person who acted on the application for one party never acts for another), then the state
/// (<c>INVALID_STATE</c>), then the reason (<c>REASON_REQUIRED</c>), then the input (its violations, all of them).
/// Pending duplicates and concurrent steps (<c>DUPLICATE_PENDING</c>, <c>STALE_STATE</c>) are the store's to check.
/// </summary>
public sealed class ShareApplicationRules
{
    /// <summary>The default longest validity of a grant, in days (both ends included).</summary>
    public const int DefaultMaxGrantDays = 366;

    private readonly DataCatalog _catalog;
    private readonly int _maxGrantDays;

    public ShareApplicationRules(DataCatalog catalog, int maxGrantDays = DefaultMaxGrantDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxGrantDays, 1);
        _catalog = catalog;
        _maxGrantDays = maxGrantDays;
    }

    /// <summary>Every rule <paramref name="request"/> of <paramref name="applicant"/> breaks; empty when it may be submitted.</summary>
    public IReadOnlyList<WorkflowViolation> Validate(string applicant, ShareApplicationRequest request, DateTimeOffset now) =>
        ApplicationInputRules.Check(_catalog, applicant, request, _maxGrantDays, now).Violations;

    /// <summary>A new application <paramref name="id"/> of the caller's department, <see cref="ShareApplicationState.Submitted"/>,
    /// version 1.</summary>
    public ShareApplicationOutcome Submit(string id, Principal actor, ShareApplicationRequest request, DateTimeOffset now)
    {
        if (!IsApplicantRole(actor))
        {
            return Forbidden(actor, ShareApplicationStep.Submit);
        }

        var (valid, violations) = ApplicationInputRules.Check(_catalog, actor.Department, request, _maxGrantDays, now);
        if (valid is null)
        {
            return ShareApplicationOutcome.Refused(violations);
        }

        var action = new ShareApplicationAction(
            ShareApplicationStep.Submit,
            actor.UserId,
            actor.Department,
            now,
            ShareApplicationState.Submitted,
            ShareApplicationState.Submitted,
            null
        );
        return ShareApplicationOutcome.Done(
            new ShareApplication
            {
                Id = id,
                Applicant = actor.Department,
                Request = valid,
                State = ShareApplicationState.Submitted,
                Version = 1,
                History = [action],
            }
        );
    }

    /// <summary>The bureau forwards a submitted application to the city reviewer; the opinion is optional.</summary>
    public ShareApplicationOutcome Forward(ShareApplication application, Principal actor, string? opinion, DateTimeOffset now) =>
        Step(application, actor, ShareApplicationStep.Forward, opinion, now, ShareApplicationState.Forwarded);

    /// <summary>The bureau returns a submitted application to the applicant, with a reason.</summary>
    public ShareApplicationOutcome Return(ShareApplication application, Principal actor, string? reason, DateTimeOffset now) =>
        Step(application, actor, ShareApplicationStep.Return, reason, now, ShareApplicationState.Returned);

    /// <summary>The applicant withdraws its application before the decision.</summary>
    public ShareApplicationOutcome Withdraw(ShareApplication application, Principal actor, DateTimeOffset now) =>
        Step(application, actor, ShareApplicationStep.Withdraw, null, now, ShareApplicationState.Withdrawn);

    /// <summary>The city reviewer rejects a forwarded application, with a reason.</summary>
    public ShareApplicationOutcome Reject(ShareApplication application, Principal actor, string? reason, DateTimeOffset now) =>
        Step(application, actor, ShareApplicationStep.Reject, reason, now, ShareApplicationState.Rejected);

    /// <summary>The provider of the resource comments on a pending application; the state stays, the version moves on.</summary>
    public ShareApplicationOutcome Comment(ShareApplication application, Principal actor, string? text, DateTimeOffset now) =>
        Step(application, actor, ShareApplicationStep.Comment, text, now, application.State);

    /// <summary>
    /// The bureau or the provider of the resource revokes the grant an approved application created, with a reason; the
    /// application becomes <see cref="ShareApplicationState.Revoked"/>. The grant itself is revoked by the store in the same
    /// transaction (<see cref="IShareApplicationStore.RevokeGrantAsync"/>).
    /// </summary>
    public ShareApplicationOutcome Revoke(ShareApplication application, Principal actor, string? reason, DateTimeOffset now) =>
        Step(application, actor, ShareApplicationStep.Revoke, reason, now, ShareApplicationState.Revoked);

    /// <summary>True when <paramref name="actor"/> may revoke <paramref name="grant"/>: the bureau, or the provider of its resource
    /// (never the grantee itself).</summary>
    public bool MayRevoke(Grant grant, Principal actor) =>
        actor.Department != grant.Grantee
        && (Holds(actor, Roles.Bureau) || _catalog.FindResource(grant.Resource)?.Provider == actor.Department);

    /// <summary>
    /// The refusal of revoking <paramref name="grant"/> by <paramref name="actor"/> with <paramref name="reason"/>, or null when it
    /// may be revoked: <c>FORBIDDEN</c> unless <see cref="MayRevoke"/>, <c>INVALID_STATE</c> when it is revoked already,
    /// <c>REASON_REQUIRED</c> (or <c>INVALID_APPLICATION</c> for a reason breaking the rule of <see cref="PurposeText"/>). A grant
    /// that came from an application is then revoked with that application's <see cref="Revoke"/> step.
    /// </summary>
    public ShareApplicationOutcome? RevocationRefusal(Grant grant, Principal actor, string? reason, DateTimeOffset now)
    {
        if (!MayRevoke(grant, actor))
        {
            return ShareApplicationOutcome.Refused(
                ErrorCodes.Governance.Forbidden,
                $"{actor.UserId} of {actor.Department} may not revoke grant {grant.Id}."
            );
        }

        if (grant.StateAt(now) == GrantState.Revoked)
        {
            return ShareApplicationOutcome.Refused(ErrorCodes.Workflow.InvalidState, $"Grant {grant.Id} is revoked already.");
        }

        var violations = new List<WorkflowViolation>();
        ApplicationInputRules.Text(reason, "reason", violations, ErrorCodes.Workflow.ReasonRequired);
        return violations.Count > 0 ? ShareApplicationOutcome.Refused(violations) : null;
    }

    /// <summary>True when <paramref name="actor"/> may renew <paramref name="grant"/>: its grantee department, role
    /// <c>department</c> or <c>cdo</c>.</summary>
    public static bool MayRenew(Grant grant, Principal actor) => actor.Department == grant.Grantee && IsApplicantRole(actor);

    /// <summary>
    /// True when <paramref name="principal"/> may see <paramref name="grant"/>: the grantee, the provider of its resource
    /// (<paramref name="providerOfResource"/>) and the bureau; nobody else.
    /// </summary>
    public static bool CanSeeGrant(Grant grant, Principal principal, string providerOfResource) =>
        principal.Department == grant.Grantee || principal.Department == providerOfResource || principal.HasRole(Roles.Bureau);

    /// <summary>
    /// The request of a renewal of <paramref name="grant"/>, prefilled from it: its resource, items, lifted masks, row scope and
    /// purpose; the scenario, legal basis and lift reason of <paramref name="original"/> (the application that created the grant)
    /// unless given. It starts on the later of today (CST) and the day after the grant ends, and lasts as long as the grant did
    /// (capped at the longest validity) unless <paramref name="validTo"/> is given. Not checked: <see cref="Submit"/> checks it.
    /// </summary>
    public ShareApplicationRequest Renewal(
        Grant grant,
        ShareApplicationRequest? original,
        DateOnly? validTo,
        string? scenario,
        string? legalBasis,
        DateTimeOffset now
    )
    {
        var today = ChinaStandardTime.DayOf(now);
        var from = grant.ValidTo < today ? today : grant.ValidTo.AddDays(1);
        var days = Math.Min(grant.ValidTo.DayNumber - grant.ValidFrom.DayNumber, _maxGrantDays - 1);
        var lifts = grant.Items.Where(i => i.LiftMask).Select(i => i.Item).ToList();
        return new ShareApplicationRequest
        {
            Resource = grant.Resource,
            Items = [.. grant.Items.Select(i => i.Item)],
            Purpose = grant.Purpose,
            Scenario = scenario ?? original?.Scenario ?? "",
            LegalBasis = legalBasis ?? original?.LegalBasis ?? "",
            ValidFrom = from,
            ValidTo = validTo ?? from.AddDays(days),
            RowScope = grant.RowScope,
            LiftMasks = lifts,
            LiftMaskReason = lifts.Count == 0 ? null : original?.LiftMaskReason ?? $"Renewal of grant {grant.Id}, which lifts these masks.",
        };
    }

    /// <summary>The applicant resubmits a returned application with a new (checked) input; it is submitted again.</summary>
    public ShareApplicationOutcome Resubmit(
        ShareApplication application,
        Principal actor,
        ShareApplicationRequest request,
        DateTimeOffset now
    )
    {
        var refusal = Check(application, actor, ShareApplicationStep.Resubmit, null);
        if (refusal is not null)
        {
            return refusal;
        }

        var (valid, violations) = ApplicationInputRules.Check(_catalog, application.Applicant, request, _maxGrantDays, now);
        return valid is null
            ? ShareApplicationOutcome.Refused(violations)
            : ShareApplicationOutcome.Done(
                Advance(
                    application with
                    {
                        Request = valid,
                    },
                    actor,
                    ShareApplicationStep.Resubmit,
                    null,
                    now,
                    ShareApplicationState.Submitted
                )
            );
    }

    /// <summary>
    /// The city reviewer approves a forwarded application on <paramref name="terms"/> (narrowing, never widening, what was
    /// asked) and gets the grant <paramref name="grantId"/> to create with the state change: the applicant as grantee, the
    /// approved items with their lifted masks, row scope and validity, the purpose, and the reviewer as approver.
    /// </summary>
    public ShareApplicationOutcome Approve(
        ShareApplication application,
        Principal actor,
        ApprovalTerms terms,
        string grantId,
        DateTimeOffset now
    )
    {
        var refusal = Check(application, actor, ShareApplicationStep.Approve, terms.Opinion);
        if (refusal is not null)
        {
            return refusal;
        }

        var resource = Resource(application);
        var (approved, violations) = ApplicationInputRules.Narrow(resource, application.Applicant, application.Request, terms, now);
        if (approved is null)
        {
            return ShareApplicationOutcome.Refused(violations);
        }

        var opinion = PurposeText.Parse(terms.Opinion).Value;
        var next = Advance(
            application with
            {
                Request = approved,
            },
            actor,
            ShareApplicationStep.Approve,
            opinion,
            now,
            ShareApplicationState.Approved
        );
        var grant = new Grant
        {
            Id = grantId,
            Grantee = application.Applicant,
            Resource = resource.ApiName,
            Items = [.. approved.Items.Select(i => new GrantItem(i, approved.LiftMasks.Contains(i, StringComparer.Ordinal)))],
            RowScope = approved.RowScope,
            Purpose = approved.Purpose,
            ValidFrom = approved.ValidFrom,
            ValidTo = approved.ValidTo,
            Approver = actor.UserId,
        };
        return ShareApplicationOutcome.Done(next, grant);
    }

    /// <summary>
    /// True when <paramref name="principal"/> may see <paramref name="application"/>: the applicant department, the bureau, the
    /// reviewer and the provider of the resource (<paramref name="providerOfResource"/>); nobody else. Roles are bound to their
    /// departments when the token is validated (docs/policy.md, "Who is the caller").
    /// </summary>
    public static bool CanSee(ShareApplication application, Principal principal, string providerOfResource) =>
        principal.Department == application.Applicant
        || principal.Department == providerOfResource
        || principal.HasRole(Roles.Bureau)
        || principal.HasRole(Roles.Reviewer);

    private ShareApplicationOutcome Step(
        ShareApplication application,
        Principal actor,
        ShareApplicationStep step,
        string? text,
        DateTimeOffset now,
        ShareApplicationState after
    )
    {
        var refusal = Check(application, actor, step, text);
        return refusal ?? ShareApplicationOutcome.Done(Advance(application, actor, step, PurposeText.Parse(text).Value, now, after));
    }

    private ShareApplicationOutcome? Check(ShareApplication application, Principal actor, ShareApplicationStep step, string? text)
    {
        if (!MayTake(application, actor, step))
        {
            return Forbidden(actor, step);
        }

        if (!Expects(step).Contains(application.State))
        {
            return ShareApplicationOutcome.Refused(
                ErrorCodes.Workflow.InvalidState,
                $"Application {application.Id} is {application.State}; {step} does not apply to it."
            );
        }

        if (
            step
                is ShareApplicationStep.Return
                    or ShareApplicationStep.Reject
                    or ShareApplicationStep.Comment
                    or ShareApplicationStep.Revoke
            || text is not null
        )
        {
            var violations = new List<WorkflowViolation>();
            var field = step is ShareApplicationStep.Forward or ShareApplicationStep.Approve ? "opinion" : "reason";
            ApplicationInputRules.Text(text, field, violations, ErrorCodes.Workflow.ReasonRequired);
            if (violations.Count > 0)
            {
                return ShareApplicationOutcome.Refused(violations);
            }
        }

        return null;
    }

    private bool MayTake(ShareApplication application, Principal actor, ShareApplicationStep step)
    {
        var provider = actor.Department == Resource(application).Provider;
        var party =
            step != ShareApplicationStep.Revoke ? PartyOf(step)
            : Holds(actor, Roles.Bureau) ? Party.Bureau
            : Party.Provider;
        var own = actor.Department == application.Applicant;
        var allowed = party switch
        {
            Party.Applicant => own && IsApplicantRole(actor),
            Party.Bureau => !own && Holds(actor, Roles.Bureau),
            Party.Reviewer => !own && !provider && Holds(actor, Roles.Reviewer),
            _ => !own && provider,
        };

        // A person acts for one party of an application only (e.g. never forwards and approves the same application).
        return allowed && application.History.All(a => a.UserId != actor.UserId || PartyOf(application, a) == party);
    }

    private bool Holds(Principal actor, string role) =>
        actor.HasRole(role) && _catalog.FindDepartment(actor.Department)?.MayHold(role) == true;

    private static bool IsApplicantRole(Principal actor) => actor.HasRole(Roles.Department) || actor.HasRole(Roles.Cdo);

    private CatalogResource Resource(ShareApplication application) =>
        _catalog.FindResource(application.Request.Resource)
        ?? throw new InvalidOperationException($"Application {application.Id} names {application.Request.Resource}, not in the catalog.");

    private static ShareApplication Advance(
        ShareApplication application,
        Principal actor,
        ShareApplicationStep step,
        string? text,
        DateTimeOffset now,
        ShareApplicationState after
    ) =>
        application with
        {
            State = after,
            Version = application.Version + 1,
            History =
            [
                .. application.History,
                new ShareApplicationAction(step, actor.UserId, actor.Department, now, application.State, after, text),
            ],
        };

    private static ShareApplicationOutcome Forbidden(Principal actor, ShareApplicationStep step) =>
        ShareApplicationOutcome.Refused(
            ErrorCodes.Governance.Forbidden,
            $"{actor.UserId} of {actor.Department} may not {step} this application."
        );

    private static IReadOnlyList<ShareApplicationState> Expects(ShareApplicationStep step) =>
        step switch
        {
            ShareApplicationStep.Forward or ShareApplicationStep.Return => [ShareApplicationState.Submitted],
            ShareApplicationStep.Resubmit => [ShareApplicationState.Returned],
            ShareApplicationStep.Approve or ShareApplicationStep.Reject => [ShareApplicationState.Forwarded],
            ShareApplicationStep.Revoke => [ShareApplicationState.Approved],
            _ => [ShareApplicationState.Submitted, ShareApplicationState.Returned, ShareApplicationState.Forwarded],
        };

    private static Party PartyOf(ShareApplicationStep step) =>
        step switch
        {
            ShareApplicationStep.Submit or ShareApplicationStep.Resubmit or ShareApplicationStep.Withdraw => Party.Applicant,
            ShareApplicationStep.Forward or ShareApplicationStep.Return => Party.Bureau,
            ShareApplicationStep.Approve or ShareApplicationStep.Reject => Party.Reviewer,
            _ => Party.Provider,
        };

    /// <summary>The party a past action was taken for: a revocation by the provider's department is the provider's, else the
    /// bureau's.</summary>
    private Party PartyOf(ShareApplication application, ShareApplicationAction action) =>
        action.Step == ShareApplicationStep.Revoke && action.Department == Resource(application).Provider ? Party.Provider
        : action.Step == ShareApplicationStep.Revoke ? Party.Bureau
        : PartyOf(action.Step);

    private enum Party
    {
        Applicant,
        Bureau,
        Reviewer,
        Provider,
    }
}
