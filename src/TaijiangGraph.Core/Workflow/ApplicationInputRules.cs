using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Time;

namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// The rules of an application input and of an approval's narrowing (docs/policy.md, "Share applications"); every rule is
/// checked and every broken one reported.
/// </summary>
internal static class ApplicationInputRules
{
    private const string Items = "items";
    private const string Scope = "rowScope";
    private const string Lifts = "liftMasks";

    /// <summary>
    /// Checks <paramref name="request"/> of <paramref name="applicant"/> against the catalog; on success returns the request
    /// with its texts normalised (<see cref="PurposeText"/>) and its item lists without duplicates.
    /// </summary>
    public static (ShareApplicationRequest? Valid, IReadOnlyList<WorkflowViolation> Violations) Check(
        DataCatalog catalog,
        string applicant,
        ShareApplicationRequest request,
        int maxGrantDays,
        DateTimeOffset now
    )
    {
        var violations = new List<WorkflowViolation>();
        var purpose = Text(request.Purpose, "purpose", violations);
        var scenario = Text(request.Scenario, "scenario", violations);
        var legalBasis = Text(request.LegalBasis, "legalBasis", violations);
        string? reason = null;
        if (request.LiftMasks.Count > 0)
        {
            reason = Text(request.LiftMaskReason, "liftMaskReason", violations, ErrorCodes.Workflow.ReasonRequired);
        }

        CheckDates(request.ValidFrom, request.ValidTo, maxGrantDays, now, violations);

        var resource = catalog.FindResource(request.Resource);
        if (resource is null || resource.Status != ResourceStatus.Published || resource.ApiName != request.Resource)
        {
            violations.Add(new(ErrorCodes.Records.UnknownItem, "resource", null, $"No resource '{request.Resource}' can be applied for."));
            return (null, violations);
        }

        if (resource.Provider == applicant)
        {
            violations.Add(
                new(
                    ErrorCodes.Workflow.InvalidApplication,
                    "resource",
                    null,
                    $"{applicant} provides {resource.ApiName} and reads it already."
                )
            );
        }

        var items = request.Items.Distinct(StringComparer.Ordinal).ToList();
        if (items.Count == 0)
        {
            violations.Add(new(ErrorCodes.Workflow.InvalidApplication, Items, null, "An application names at least one item."));
        }

        foreach (var name in items)
        {
            CheckItem(resource, name, violations);
        }

        CheckScope(resource, applicant, request.RowScope, now, violations);
        var lifts = request.LiftMasks.Distinct(StringComparer.Ordinal).ToList();
        CheckLifts(resource, items, lifts, violations);

        return violations.Count > 0
            ? (null, violations)
            : (
                request with
                {
                    Items = items,
                    Purpose = purpose!,
                    Scenario = scenario!,
                    LegalBasis = legalBasis!,
                    LiftMasks = lifts,
                    LiftMaskReason = reason,
                },
                violations
            );
    }

    /// <summary>
    /// Checks that <paramref name="terms"/> narrow, never widen, the <paramref name="asked"/> request; on success returns the
    /// request as approved.
    /// </summary>
    public static (ShareApplicationRequest? Approved, IReadOnlyList<WorkflowViolation> Violations) Narrow(
        CatalogResource resource,
        string applicant,
        ShareApplicationRequest asked,
        ApprovalTerms terms,
        DateTimeOffset now
    )
    {
        var violations = new List<WorkflowViolation>();
        var items = terms.Items?.Distinct(StringComparer.Ordinal).ToList() ?? [.. asked.Items];
        var wider = items.Where(i => !asked.Items.Contains(i, StringComparer.Ordinal)).ToList();
        foreach (var item in wider)
        {
            violations.Add(new(ErrorCodes.Workflow.WiderThanAsked, Items, item, $"{item} was not asked for."));
        }

        if (items.Count == 0)
        {
            violations.Add(new(ErrorCodes.Workflow.InvalidApplication, Items, null, "An approval grants at least one item."));
        }

        var validTo = terms.ValidTo ?? asked.ValidTo;
        if (validTo > asked.ValidTo)
        {
            violations.Add(
                new(
                    ErrorCodes.Workflow.WiderThanAsked,
                    "validTo",
                    null,
                    $"validTo {validTo:yyyy-MM-dd} is later than asked ({asked.ValidTo:yyyy-MM-dd})."
                )
            );
        }
        else if (validTo < asked.ValidFrom)
        {
            violations.Add(new(ErrorCodes.Workflow.InvalidApplication, "validTo", null, "validTo is before validFrom."));
        }

        var scope = terms.RowScope ?? asked.RowScope;
        if (!IsWithin(scope, asked.RowScope))
        {
            violations.Add(
                new(ErrorCodes.Workflow.WiderThanAsked, Scope, null, $"The row scope {scope} is wider than asked ({asked.RowScope}).")
            );
        }

        CheckScope(resource, applicant, scope, now, violations);

        var lifts = terms.LiftMasks?.Distinct(StringComparer.Ordinal).ToList()
            ?? asked.LiftMasks.Where(l => items.Contains(l, StringComparer.Ordinal)).ToList();
        foreach (
            var lift in lifts.Where(l => !asked.LiftMasks.Contains(l, StringComparer.Ordinal) || !items.Contains(l, StringComparer.Ordinal))
        )
        {
            violations.Add(new(ErrorCodes.Workflow.WiderThanAsked, Lifts, lift, $"Lifting the mask of {lift} was not asked for."));
        }

        return violations.Count > 0
            ? (null, violations)
            : (asked with { Items = items, ValidTo = validTo, RowScope = scope, LiftMasks = lifts }, violations);
    }

    /// <summary>
    /// True when every row <paramref name="scope"/> admits is admitted by <paramref name="asked"/>: each asked condition has a
    /// condition on the same item in <paramref name="scope"/> whose values are among the asked ones.
    /// </summary>
    public static bool IsWithin(RowScope scope, RowScope asked) =>
        asked.Conditions.All(a =>
            scope.Conditions.Any(c =>
                c.Item == a.Item && c.AnyOf.Count > 0 && c.AnyOf.All(v => a.AnyOf.Contains(v, StringComparer.Ordinal))
            )
        );

    /// <summary>A required text checked by the rule of <see cref="PurposeText"/>; null (and a violation) when missing or invalid.</summary>
    public static string? Text(
        string? text,
        string field,
        List<WorkflowViolation> violations,
        string missingCode = ErrorCodes.Workflow.InvalidApplication
    )
    {
        var parsed = PurposeText.Parse(text);
        if (parsed.IsMissing)
        {
            violations.Add(new(missingCode, field, null, $"{field} is required."));
        }
        else if (!parsed.IsValid)
        {
            violations.Add(new(ErrorCodes.Workflow.InvalidApplication, field, null, $"{field} is refused: {parsed.Problem}."));
        }

        return parsed.Value;
    }

    private static void CheckDates(DateOnly from, DateOnly to, int maxGrantDays, DateTimeOffset now, List<WorkflowViolation> violations)
    {
        var today = ChinaStandardTime.DayOf(now);
        if (from > to)
        {
            violations.Add(new(ErrorCodes.Workflow.InvalidApplication, "validTo", null, "validTo is before validFrom."));
        }
        else if (to.DayNumber - from.DayNumber + 1 > maxGrantDays)
        {
            violations.Add(
                new(ErrorCodes.Workflow.InvalidApplication, "validTo", null, $"A grant is valid for at most {maxGrantDays} days.")
            );
        }

        if (to < today)
        {
            violations.Add(new(ErrorCodes.Workflow.InvalidApplication, "validTo", null, "validTo is in the past."));
        }
    }

    private static void CheckItem(CatalogResource resource, string name, List<WorkflowViolation> violations)
    {
        var item = resource.FindItem(name);
        if (item is null || !item.IsExposed)
        {
            // One message for unknown, classified and retired names: the answer must not tell them apart.
            violations.Add(new(ErrorCodes.Records.UnknownItem, Items, name, $"No item '{name}' of {resource.ApiName} can be applied for."));
        }
        else if (item.Sharing == SharingType.NotShared)
        {
            violations.Add(
                new(ErrorCodes.Workflow.NotShareable, Items, name, $"{resource.ApiName}.{name} is not shared (暂不共享): {item.LegalBasis}")
            );
        }
        else if (item.Sharing == SharingType.Unconditional)
        {
            violations.Add(
                new(
                    ErrorCodes.Workflow.NotConditional,
                    Items,
                    name,
                    $"{resource.ApiName}.{name} is shared unconditionally; apply only for conditional items."
                )
            );
        }
    }

    private static void CheckScope(
        CatalogResource resource,
        string applicant,
        RowScope scope,
        DateTimeOffset now,
        List<WorkflowViolation> violations
    )
    {
        foreach (var condition in scope.Conditions)
        {
            var item = resource.FindItem(condition.Item);
            var raw = item is not null && AccessPolicy.Decide(applicant, resource, item, [], now) is { Kind: AccessKind.Raw };
            if (!raw)
            {
                violations.Add(
                    new(
                        ErrorCodes.Workflow.InvalidApplication,
                        Scope,
                        condition.Item,
                        $"A row scope uses only items {applicant} reads unmasked; '{condition.Item}' is not one."
                    )
                );
            }
            else if (condition.AnyOf.Count == 0 || condition.AnyOf.Any(string.IsNullOrWhiteSpace))
            {
                violations.Add(
                    new(
                        ErrorCodes.Workflow.InvalidApplication,
                        Scope,
                        condition.Item,
                        $"The row scope condition on {condition.Item} needs values."
                    )
                );
            }
        }
    }

    private static void CheckLifts(CatalogResource resource, List<string> items, List<string> lifts, List<WorkflowViolation> violations)
    {
        foreach (var lift in lifts)
        {
            if (!items.Contains(lift, StringComparer.Ordinal))
            {
                violations.Add(new(ErrorCodes.Workflow.InvalidApplication, Lifts, lift, $"{lift} is not one of the requested items."));
            }
            else if (resource.FindItem(lift) is { IsExposed: true, Mask: MaskingRule.None })
            {
                violations.Add(new(ErrorCodes.Workflow.InvalidApplication, Lifts, lift, $"{resource.ApiName}.{lift} has no mask to lift."));
            }
        }
    }
}
