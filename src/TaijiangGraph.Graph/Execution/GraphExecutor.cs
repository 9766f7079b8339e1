using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Lookups;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Auditing.Signatures;
using TaijiangGraph.Graph.Caching;
using TaijiangGraph.Graph.Errors;
using TaijiangGraph.Graph.Limits;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Policy;
using TaijiangGraph.Graph.Requests;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Graph.Execution;

/// <summary>
/// Runs one GraphQL request for an authenticated caller on the schema being served when it starts (a
/// schema swapped in meanwhile does not affect it): takes the caller's department's grants once (from the grant store's cache,
/// docs/architecture.md), validates with the
/// standard rules plus the data-access rule (purpose, predicates, lookups, paging, cursors) before any data
/// is read, settles the operation's lookups against the lookup budget once it has run (hits are refunded), and
/// folds denied field reads into one error per item per list. An unhandled exception (in a resolver,
/// in validation or in the engine) is logged in full under a fresh correlation id and reaches the caller only as
/// an <see cref="InternalError"/> carrying that id.
/// </summary>
public sealed class GraphExecutor(
    SchemaHolder schemas,
    IDocumentExecuter executer,
    IGrantStore grants,
    DocumentCache documents,
    IKeyRing keys,
    TimeProvider clock,
    ILogger<GraphExecutor> logger,
    QueryLimits limits,
    ILookupBudget lookupBudget,
    IDatasetReader reader,
    CursorCodec cursors
)
{
    // Query limits: the document limits are checked while parsing (below); depth and complexity by rules. A document
    // parsed here runs the standard rules and the request rules. A cached document has passed the standard rules on
    // this schema version already (it is cached only once validation passed) and none of them depends on the caller or
    // the variables, so it runs the request rules alone: the caller-specific data-access rule and the complexity rules
    // (variables change `first`). The cache saves parsing, the standard rules and printing the audit signature.
    private readonly IValidationRule[] _requestRules =
    [
        limits.ComplexityRule,
        limits.IntrospectionComplexityRule,
        new DataAccessValidationRule(cursors, lookupBudget),
    ];

    private static readonly NoIntrospectionValidationRule NoIntrospection = NoIntrospectionValidationRule.Instance;

    private bool IntrospectionAllowed(Principal principal) => principal.App is null || limits.Options.IntrospectionForApps;

    private IEnumerable<IValidationRule> RulesFor(Principal principal, bool cachedDocument)
    {
        IEnumerable<IValidationRule> rules = cachedDocument ? _requestRules : [.. DocumentValidator.CoreRules, .. _requestRules];
        return IntrospectionAllowed(principal) ? rules : [.. rules, NoIntrospection];
    }

    /// <param name="services">The request's services (GraphQL.NET's <c>RequestServices</c>); the resolvers take singletons from the schema
    /// factory and the request's state from its context.</param>
    public async Task<GraphExecution> ExecuteAsync(
        GraphQLRequest request,
        Principal principal,
        PurposeText purpose,
        RequestBudget budget,
        IServiceProvider services,
        CancellationToken ct
    )
    {
        var version = schemas.Current;
        var access = new RequestAccess(principal, await grants.HeldByAsync(principal.Department, ct), clock.GetUtcNow());
        var audit = new RequestAuditLog(keys.Current(KeyPurposes.AuditHash).Secret);
        var context = new GraphRequestContext(principal, version.Catalog, purpose, access, budget, audit);
        var query = request.Query ?? "";
        var cached = documents.TryGet(version.CatalogVersion, query, out var entry);
        var document = entry?.Document;
        if (!cached)
        {
            (document, var rejection) = limits.Parse(query);
            if (rejection is not null)
            {
                return new GraphExecution(rejection, context, null);
            }
        }

        var result = await executer.ExecuteAsync(
            new ExecutionOptions
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
                Timeout = limits.Options.ExecutionTimeout,
                ValidationRules = RulesFor(principal, cached),
                UnhandledExceptionDelegate = e =>
                {
                    // The caller gets a code and a correlation id only; the log gets the whole exception (docs/errors.md).
                    var error = new InternalError(InternalError.NewCorrelationId());
                    logger.LogError(
                        e.OriginalException,
                        "Unhandled exception in field " + "{Field}, " + "correlation id " + "{CorrelationId}",
                        e.FieldContext?.FieldDefinition.Name,
                        error.CorrelationId
                    );
                    e.Exception = error;
                    return Task.CompletedTask;
                },
            }
        );
        QueryLimits.LabelTimeout(result);
        if (context.Lookups.Reservation is { } reservation)
        {
            await SettleLookupsAsync(context, reservation, result.Executed);
        }

        // The audit signature is printed once per cached document and operation (docs/audit.md).
        OperationSignature? signature = null;
        if (cached)
        {
            signature = entry!.SignatureOf(request.OperationName);
        }
        else if (SignableResults.IsSignable(result) && (result.Document ?? document) is { } signable)
        {
            // A result refused by validation carries no document: the one parsed above is the one validated.
            var parsed = new CachedDocument(signable);
            signature = parsed.SignatureOf(request.OperationName);
            if (result.Executed)
            {
                documents.Add(version.CatalogVersion, query, parsed);
            }
        }

        foreach (var error in context.Denials.ToErrors())
        {
            result.AddError(error);
        }

        return new GraphExecution(result, context, signature);
    }

    /// <summary>
    /// Charges the reservation with the lookups that matched nothing (nothing when the operation did not run). A
    /// failure leaves the whole reservation charged: the budget errs on the caller's side, never the data's.
    /// </summary>
    private async Task SettleLookupsAsync(GraphRequestContext context, LookupReservation reservation, bool executed)
    {
        try
        {
            // Not cancellable: a client that disconnects must not keep its refund from happening half-way.
            var misses = executed
                ? await context.Lookups.CountMissesAsync(reader, context.Catalog, context.Plans.ScopeOf, CancellationToken.None)
                : context.Lookups.Uses.Select(_ => 0).ToList();
            await lookupBudget.SettleAsync(reservation, misses, CancellationToken.None);
        }
        catch (System.Data.Common.DbException e)
        {
            logger.LogWarning("Lookup budget settlement failed ({Exception}); the reservation stays charged in full.", e.GetType().Name);
        }
    }
}
