using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Auditing;
using TaijiangGraph.Graph.Caching;
using TaijiangGraph.Graph.Policy;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Graph.Execution;

/// <summary>
/// Runs one GraphQL request for an authenticated caller on the schema being served when it starts (a
/// schema swapped in meanwhile does not affect it): loads the caller's grants once, validates with the
/// standard rules plus the data-access rule (purpose, predicates, lookups, paging, cursors) before any data
/// is read, and folds denied field reads into one error per item per list. Unhandled resolver exceptions
/// are logged by type and reach the caller only as a generic error.
/// </summary>
public sealed class GraphExecutor(
    SchemaHolder schemas, IDocumentExecuter executer, IGrantStore grants, DocumentCache documents, IKeyRing keys, TimeProvider clock, ILogger<GraphExecutor> logger)
{
    private static readonly DataAccessValidationRule DataAccess = new();
    private static readonly IValidationRule[] Rules = [.. DocumentValidator.CoreRules, DataAccess];

    // Cached documents skip the schema-level rules; the caller-specific data-access rule runs every time.
    private static readonly IValidationRule[] CachedRules = [DataAccess];

    public async Task<GraphExecution> ExecuteAsync(GraphQLRequest request, Principal principal, string? purpose, RequestBudget budget, IServiceProvider services, CancellationToken ct)
    {
        var version = schemas.Current;
        var access = new RequestAccess(principal, await grants.GrantsOfAsync(principal.Department, ct), clock.GetUtcNow());
        var audit = new RequestAuditLog(keys.Current(KeyPurposes.AuditHash).Secret);
        var context = new GraphRequestContext(principal, version.Catalog, purpose, access, budget, audit);
        var query = request.Query ?? "";
        var cached = documents.TryGet(version.CatalogVersion, query, out var document);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = version.Schema,
            Query = query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = context,
            RequestServices = services,
            CancellationToken = ct,
            ValidationRules = Rules,
            CachedDocumentValidationRules = CachedRules,
            UnhandledExceptionDelegate = e =>
            {
                logger.LogError("Unhandled {Exception} in field {Field}: {Detail}", e.OriginalException.GetType().Name, e.FieldContext?.FieldDefinition.Name, e.OriginalException.ToString());
                return Task.CompletedTask;
            },
        });

        if (!cached && result.Executed && result.Document is { } parsed)
        {
            documents.Add(version.CatalogVersion, query, parsed);
        }

        foreach (var error in context.Denials.ToErrors())
        {
            result.AddError(error);
        }

        return new GraphExecution(result, context);
    }
}
