using GraphQL.Transport;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Server.TrustedDocuments;

/// <summary>
/// Turns <c>documentId</c>s into the registered text for the caller's app, and in production mode
/// (<see cref="TrustedDocumentOptions.Enforce"/>) refuses ad-hoc documents from app principals. Department
/// developers (no <c>app</c> claim) keep ad-hoc queries.
/// </summary>
internal sealed class TrustedDocumentResolver(PersistedDocumentStore store, TrustedDocumentOptions options)
{
    /// <summary>
    /// Fills in each request's query from its document id. Null when every request can run; otherwise the message of the
    /// refusal, which stops the HTTP request with <see cref="ErrorCodes.Request.PersistedDocumentNotFound"/> (docs/errors.md).
    /// </summary>
    public async Task<string?> ResolveAsync(IReadOnlyList<GraphQLRequest> requests, Principal principal, CancellationToken ct)
    {
        foreach (var request in requests)
        {
            if (request.DocumentId is { } id)
            {
                var document = principal.App is { } app ? await store.FindAsync(app, id, ct) : null;
                if (document is null)
                {
                    return "No document with this id is registered for the caller's app.";
                }

                request.Query = document;
            }
            else if (options.Enforce && principal.App is not null)
            {
                return "Apps may run only registered documents: send the 'documentId' of a registered document.";
            }
        }

        return null;
    }
}
