using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Auditing;
using TaijiangGraph.Graph.Auditing.Signatures;
using TaijiangGraph.Graph.Execution;

namespace TaijiangGraph.Server.Auditing;

/// <summary>
/// Turns an executed operation into its usage records (第十九条): one per resource it touched, one for a
/// catalog-only operation; when it was refused before execution, one REJECTED record per resource it names, each with
/// only that resource's items and codes so that each provider sees only its own (one without a resource when it names
/// none). Every record carries the operation's signature and its hash, never a hash of the raw text (docs/audit.md).
/// </summary>
public static class UsageRecordFactory
{
    /// <summary>
    /// The REJECTED record of a request refused at the HTTP layer (bad body, media type, method), with the purpose
    /// its <c>X-Data-Purpose</c> header stated when that one is valid (normalised).
    /// </summary>
    public static AuditRecord Rejected(HttpContext http, Principal principal, string code, string mediumType, DateTimeOffset now, PurposeText headerPurpose) =>
        Common(http, principal, null, null, mediumType, http.TraceIdentifier, now) with { Outcome = AuditOutcome.Rejected, Codes = [code], Purpose = headerPurpose.Value };

    private static AuditRecord Common(HttpContext http, Principal principal, OperationSignature? signature, string? operationName, string mediumType, string requestId, DateTimeOffset now) => new()
    {
        Time = now.AddTicks(-(now.Ticks % 10)), // the trail keeps microseconds on every provider
        RequestId = requestId,
        UserId = principal.UserId,
        UserName = principal.Name,
        Department = principal.Department,
        Roles = string.Join(",", principal.Roles.Order(StringComparer.Ordinal)),
        App = principal.App,
        ClientIp = http.Connection.RemoteIpAddress?.ToString(),
        OperationName = operationName,
        OperationSignature = signature?.Text,
        SignatureHash = signature?.Hash,
        HttpMethod = http.Request.Method,
        MediumType = mediumType,
        Outcome = AuditOutcome.Allowed,
    };

    public static IEnumerable<AuditRecord> Create(HttpContext http, Principal principal, GraphExecution execution, string? operationName,
        string mediumType, string requestId, DateTimeOffset now)
    {
        var context = execution.Context;
        var result = execution.Result;
        var errorCodes = (result.Errors ?? []).Select(e => e.Code).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var common = Common(http, principal, execution.Signature, operationName, mediumType, requestId, now) with { Purpose = context.Purpose.Value };

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
            yield return common with { Codes = errorCodes };
            yield break;
        }

        foreach (var r in resources)
        {
            var approvers = context.Access.Grants.Where(g => r.GrantIds.Contains(g.Id)).Select(g => g.Approver).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
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
                Outcome = r.ItemsDenied.Count == 0 ? AuditOutcome.Allowed
                    : r.ItemsRead.Count + r.ItemsMasked.Count == 0 ? AuditOutcome.Denied : AuditOutcome.Partial,
                Codes = r.Codes,
                GrantIds = r.GrantIds,
                Approvers = approvers,
            };
        }
    }
}
