using GraphQL.Transport;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Server.GraphQLHttp;

namespace TaijiangGraph.Server.TrustedDocuments;

/// <summary>
/// Turns <c>documentId</c>s into the registered text for the caller's app, and in production mode
/// (<see cref="TrustedDocumentOptions.Enforce"/>) refuses ad-hoc documents from app principals. Department
/// developers (no <c>app</c> claim) keep ad-hoc queries.
/// </summary>
public sealed class TrustedDocumentResolver(PersistedDocumentStore store, TrustedDocumentOptions options)
{
    /// <summary>Fills in each request's query from its document id; the error that stops the HTTP request otherwise.</summary>
    /// <param name="status">The status of a refusal: 400 for <c>application/graphql-response+json</c>, 200 for <c>application/json</c>.</param>
    public async Task<RequestError?> ResolveAsync(IReadOnlyList<GraphQLRequest> requests, Principal principal, int status, CancellationToken ct)
    {
        foreach (var request in requests)
        {
            if (request.DocumentId is { } id)
            {
                var document = principal.App is { } app ? await store.FindAsync(app, id, ct) : null;
                if (document is null)
                {
                    return new RequestError(status, ErrorCodes.Request.PersistedDocumentNotFound, "No document with this id is registered for the caller's app.");
                }

                request.Query = document;
            }
            else if (options.Enforce && principal.App is not null)
            {
                return new RequestError(status, ErrorCodes.Request.PersistedDocumentNotFound, "Apps may run only registered documents: send the 'documentId' of a registered document.");
            }
        }

        return null;
    }
}
