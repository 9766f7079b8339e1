using GraphQL;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.DataIn;

/// <summary>
/// The errors of a push during execution (docs/data-in.md, "The push"; docs/errors.md): each an <see cref="ExecutionError"/> with
/// its code and the resource. A refusal lists every refused record in <c>extensions.refused</c> as <c>{ index, item, code,
/// message }</c> (like the workflow's <c>extensions.violations</c>); messages name the rule, never a value.
/// </summary>
internal static class PushErrors
{
    /// <summary>A push by anyone but the provider; the data-access rule answers it alike before execution.</summary>
    public static ExecutionError Forbidden(CatalogResource resource) =>
        WithResource(
            new ExecutionError(
                $"Only the provider department of '{resource.ApiName}' (its department or cdo users, or its apps) may write its records."
            )
            {
                Code = ErrorCodes.Governance.Forbidden,
            },
            resource
        );

    /// <summary>A push over the cap; the data-access rule answers it alike before execution.</summary>
    public static ExecutionError TooMany(CatalogResource resource, int count, int max) =>
        WithResource(
            new ExecutionError($"A push takes at most {max} records; this one has {count}.") { Code = ErrorCodes.Limits.TooManyRecords },
            resource
        );

    public static ExecutionError Refused(CatalogResource resource, IReadOnlyList<RecordRefusal> refusals)
    {
        var error = new ExecutionError($"{refusals.Count} of the records are refused; nothing is written. extensions.refused lists each.")
        {
            Code = ErrorCodes.RecordWrites.RecordsRefused,
        };
        error.Data["refused"] = refusals
            .Select(r => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["index"] = r.Index,
                ["item"] = r.Item,
                ["code"] = r.Code,
                ["message"] = r.Message,
            })
            .ToList();
        return WithResource(error, resource);
    }

    private static ExecutionError WithResource(ExecutionError error, CatalogResource resource)
    {
        error.Data["resource"] = resource.ApiName;
        return error;
    }
}
