using GraphQL;
using GraphQL.Execution;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Graph.Errors;

/// <summary>
/// Shapes error extensions as <c>{ code, …details }</c>: the error's code plus the entries of its data (resource,
/// item, count, howToApply, correlationId). Never exception details, stack traces or internal type names: an
/// unhandled exception reaches the caller as an <see cref="InternalError"/> (see the executor); should one still
/// arrive wrapped as GraphQL.NET's <see cref="UnhandledError"/>, neither its message nor its data (which GraphQL.NET
/// copies from the exception, e.g. a database error's detail) is shown.
/// </summary>
public sealed class GraphErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError)
        {
            return new ErrorInfo
            {
                Message = "Internal error",
                Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.Service.InternalError },
            };
        }

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = executionError.Code ?? ErrorCodes.Service.InternalError,
        };
        foreach (System.Collections.DictionaryEntry entry in executionError.Data)
        {
            if (entry.Key is string key && key != "code")
            {
                extensions[key] = entry.Value;
            }
        }

        return new ErrorInfo { Message = executionError.Message, Extensions = extensions };
    }
}
