using GraphQL;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Auditing;

/// <summary>
/// The REJECTED records of an operation refused before execution (docs/audit.md): one per resource the operation names
/// (the resources the data-access rule saw and those its errors name), each filed under that resource with only that
/// resource's items used as predicates, their keyed value hashes, and the codes of the errors about that resource or
/// about the request as a whole — so the provider of one resource learns nothing of the caller's use of another's. When
/// the refusal concerns only another resource, the record carries the request's codes (codes name no resource). One
/// record without a resource when the operation names none.
/// </summary>
internal static class RejectedRecords
{
    public static IEnumerable<AuditRecord> Create(AuditRecord common, ExecutionResult result, IReadOnlyList<ResourceAccessLog> resources)
    {
        var errors = (result.Errors ?? [])
            .Select(e => (Code: e.Code, Resource: e.Data["resource"] as string))
            .Where(e => e.Code is not null)
            .ToList();
        var allCodes = Sorted(errors.Select(e => e.Code!));
        var rejected = common with { Outcome = AuditOutcome.Rejected, Codes = allCodes };

        var logs = resources.ToDictionary(r => r.Resource, StringComparer.Ordinal);
        var named = logs
            .Keys.Concat(errors.Select(e => e.Resource).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (named.Count == 0)
        {
            yield return rejected;
            yield break;
        }

        foreach (var resource in named)
        {
            var own = Sorted(errors.Where(e => e.Resource is null || e.Resource == resource).Select(e => e.Code!));
            var log = logs.GetValueOrDefault(resource);
            yield return rejected with
            {
                Resource = resource,
                Codes = own.Count > 0 ? own : allCodes,
                ItemsFiltered = log?.ItemsFiltered ?? [],
                FilterValueHashes = log?.FilterValueHashes ?? [],
            };
        }
    }

    private static List<string> Sorted(IEnumerable<string> codes) =>
        codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
