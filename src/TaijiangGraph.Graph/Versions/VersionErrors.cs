using GraphQL;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.Versions;

/// <summary>
/// The errors of the history and deletion fields (docs/errors.md, "Record writes"): each an <see cref="ExecutionError"/> with its
/// code and a message that holds no record value. An unknown request id and one the caller may not see get the same answer.
/// </summary>
internal static class VersionErrors
{
    public static ExecutionError Refused(RecordDeletionOutcome outcome) => new(outcome.Message ?? outcome.Code!) { Code = outcome.Code };

    public static ExecutionError UnknownResource(string name) =>
        new($"No published resource '{name}'.") { Code = ErrorCodes.Records.UnknownItem };

    public static ExecutionError BadKey(CatalogResource resource) =>
        new($"The key does not fit {resource.ApiName}.{resource.Key.ApiName} ({resource.Key.Type}).")
        {
            Code = ErrorCodes.Records.TypeMismatch,
        };

    public static ExecutionError RecordNotFound(CatalogResource resource) =>
        new($"No record of {resource.ApiName} has the key, or it is deleted.") { Code = ErrorCodes.RecordWrites.RecordNotFound };

    public static ExecutionError UnknownRequest(string id) =>
        new($"No record deletion request '{id}' is known to the caller.") { Code = ErrorCodes.RecordWrites.UnknownDeletionRequest };

    public static ExecutionError Stale(RecordDeletionRequest request, int version) =>
        new($"Deletion request {request.Id} is at version {request.Version}, not {version}: another decision came first.")
        {
            Code = ErrorCodes.Workflow.StaleState,
        };
}
