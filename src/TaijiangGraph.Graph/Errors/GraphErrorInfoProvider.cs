using GraphQL;
using GraphQL.Execution;

namespace TaijiangGraph.Graph.Errors;

/// <summary>
/// Shapes error extensions as <c>{ code, …details }</c>: the error's code plus the entries of its data (resource,
/// item, count, howToApply). Never exception details, stack traces or internal type names.
/// </summary>
public sealed class GraphErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = executionError.Code ?? "INTERNAL_ERROR",
        };
        foreach (System.Collections.DictionaryEntry entry in executionError.Data)
        {
            if (entry.Key is string key && key != "code")
            {
                extensions[key] = entry.Value;
            }
        }

        // Unhandled exceptions reach the caller only as a generic message.
        var message = executionError is UnhandledError ? "The request failed inside the service." : executionError.Message;
        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}
