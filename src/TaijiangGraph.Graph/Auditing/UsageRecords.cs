using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Graph.Auditing.Signatures;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Auditing;

/// <summary>
/// Turns an executed operation into its usage records (第十九条, docs/audit.md): one per resource it touched, one for a
/// catalog-only operation; when it was refused before execution, one REJECTED record per resource it names, each with
/// only that resource's items and codes so that each provider sees only its own (one without a resource when it names
/// none). Every record carries the operation's signature and its hash, never a hash of the raw text, and a resource's record the grants
/// its access rested on with their approvers and the share applications that created them (批准人员).
/// </summary>
public static class UsageRecords
{
    /// <summary>The fields every record of one caller's operation shares; ALLOWED until an outcome rule says otherwise.</summary>
    public static AuditRecord Common(
        Principal principal,
        RequestOrigin origin,
        DateTimeOffset now,
        OperationSignature? signature = null,
        string? operationName = null
    ) =>
        new()
        {
            Time = now.AddTicks(-(now.Ticks % 10)), // the trail keeps microseconds on every provider
            RequestId = origin.RequestId,
            UserId = principal.UserId,
            UserName = principal.Name,
            Department = principal.Department,
            Roles = string.Join(",", principal.Roles.Order(StringComparer.Ordinal)),
            App = principal.App,
            ClientIp = origin.ClientIp,
            OperationName = operationName,
            OperationSignature = signature?.Text,
            SignatureHash = signature?.Hash,
            HttpMethod = origin.HttpMethod,
            MediumType = origin.MediumType,
            Outcome = AuditOutcome.Allowed,
        };

    public static IEnumerable<AuditRecord> Create(
        GraphExecution execution,
        Principal principal,
        RequestOrigin origin,
        string? operationName,
        DateTimeOffset now
    )
    {
        var context = execution.Context;
        var result = execution.Result;
        var errorCodes = (result.Errors ?? [])
            .Select(e => e.Code)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var common = Common(principal, origin, now, execution.Signature, operationName) with { Purpose = context.Purpose.Value };

        var resources = context.Audit.Resources;
        if (!result.Executed)
        {
            foreach (var rejected in RejectedRecords.Create(common, result, resources))
            {
                yield return rejected;
            }

            yield break;
        }

        if (resources.Count == 0)
        {
            yield return common with
            {
                Codes = errorCodes,
            };
            yield break;
        }

        foreach (var r in resources)
        {
            var grants = context.Access.Grants.Where(g => r.GrantIds.Contains(g.Id)).ToList();
            var approvers = grants.Select(g => g.Approver).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var applications = grants
                .Select(g => g.ApplicationId)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            yield return common with
            {
                Resource = r.Resource,
                ItemsRead = r.ItemsRead,
                ItemsMasked = r.ItemsMasked,
                ItemsDenied = r.ItemsDenied,
                ItemsFiltered = r.ItemsFiltered,
                FilterValueHashes = r.FilterValueHashes,
                RecordKeyHashes = r.RecordKeyHashes,
                RecordCount = r.RecordCount,
                Outcome =
                    r.ItemsDenied.Count == 0 ? AuditOutcome.Allowed
                    : r.ItemsRead.Count + r.ItemsMasked.Count == 0 ? AuditOutcome.Denied
                    : AuditOutcome.Partial,
                Codes = r.Codes,
                GrantIds = r.GrantIds,
                Approvers = approvers,
                ApplicationIds = applications,
            };
        }
    }
}
