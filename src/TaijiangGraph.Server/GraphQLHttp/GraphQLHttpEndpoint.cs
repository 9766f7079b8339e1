using GraphQL;
using GraphQL.SystemTextJson;
using GraphQLParser.AST;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Graph.Auditing;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Limits;
using TaijiangGraph.Graph.Requests;
using TaijiangGraph.Server.Auditing;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.TrustedDocuments;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>
/// GraphQL over HTTP at one path: POST (single or batched) and GET (queries only), bearer-authenticated,
/// status codes per docs/errors.md, always a JSON body. A response is sent only after the usage records of
/// its operations are committed to the audit trail (503 <c>AUDIT_UNAVAILABLE</c> otherwise, with no data).
/// </summary>
internal static class GraphQLHttpEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        return endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], HandleAsync).RequireAuthorization();
    }

    private static async Task HandleAsync(
        HttpContext http,
        GraphQLRequestReader reader,
        TrustedDocumentResolver trusted,
        GraphExecutor executor,
        GraphQLSerializer serializer,
        IAuditSink audit,
        QueryLimits limits,
        TimeProvider clock
    )
    {
        var principal = http.GetPrincipal() ?? throw new InvalidOperationException("An authorized request has no principal.");
        var now = clock.GetUtcNow();
        var mediaType = MediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await RejectAsync(
                http,
                audit,
                principal,
                now,
                new RequestError(
                    StatusCodes.Status406NotAcceptable,
                    ErrorCodes.Request.NotAcceptable,
                    $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."
                )
            );
            return;
        }

        var parsed = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (parsed.Error is { } error)
        {
            await RejectAsync(http, audit, principal, now, error);
            return;
        }

        // Trusted documents: ids become registered text; in production mode apps run registered documents only.
        if (await trusted.ResolveAsync(parsed.Requests, principal, http.RequestAborted) is { } untrusted)
        {
            await RejectAsync(
                http,
                audit,
                principal,
                now,
                new RequestError(MediaTypes.RejectionStatus(mediaType), ErrorCodes.Request.PersistedDocumentNotFound, untrusted)
            );
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(parsed.Requests[0], limits))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await RejectAsync(
                http,
                audit,
                principal,
                now,
                new RequestError(
                    StatusCodes.Status405MethodNotAllowed,
                    ErrorCodes.Request.MethodNotAllowed,
                    "Mutations must be sent with POST."
                )
            );
            return;
        }

        var results = new List<ExecutionResult>(parsed.Requests.Count);
        var records = new List<AuditRecord>();
        var budget = new RequestBudget(); // limits count across every operation of a batch
        for (var i = 0; i < parsed.Requests.Count; i++)
        {
            var request = parsed.Requests[i];
            var execution = await executor.ExecuteAsync(
                request,
                principal,
                DataPurpose.Read(http.Request, request),
                budget,
                http.RequestServices,
                http.RequestAborted
            );
            results.Add(execution.Result);
            var requestId = parsed.IsBatch ? $"{http.TraceIdentifier}#{i}" : http.TraceIdentifier;
            records.AddRange(
                UsageRecords.Create(execution, principal, HttpUsageRecords.Origin(http, mediaType, requestId), request.OperationName, now)
            );
        }

        if (!await TryAuditAsync(http, audit, records))
        {
            return;
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (parsed.IsBatch)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            await serializer.WriteAsync(http.Response.Body, results, http.RequestAborted);
            return;
        }

        var result = results[0];
        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : MediaTypes.RejectionStatus(mediaType);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>An authenticated request refused before execution: recorded as REJECTED, then answered with its error.</summary>
    private static async Task RejectAsync(HttpContext http, IAuditSink audit, Principal principal, DateTimeOffset now, RequestError error)
    {
        if (
            await TryAuditAsync(
                http,
                audit,
                [
                    HttpUsageRecords.Rejected(
                        http,
                        principal,
                        error.Code,
                        MediaTypes.ForErrors(http.Request),
                        now,
                        DataPurpose.FromHeader(http.Request)
                    ),
                ]
            )
        )
        {
            await GraphQLErrorResponses.WriteAsync(http, error.Status, error.Code, error.Message);
        }
    }

    /// <summary>Fail closed: no response leaves before its usage records are committed; false after answering 503.</summary>
    private static async Task<bool> TryAuditAsync(HttpContext http, IAuditSink audit, IReadOnlyList<AuditRecord> records)
    {
        try
        {
            await audit.WriteAsync(records, http.RequestAborted);
            return true;
        }
        catch (AuditUnavailableException)
        {
            await GraphQLErrorResponses.WriteAsync(
                http,
                StatusCodes.Status503ServiceUnavailable,
                ErrorCodes.Audit.Unavailable,
                "The audit trail cannot be written right now; no data is returned. Try again shortly."
            );
            return false;
        }
    }

    /// <summary>Whether a GET carries a mutation; parsed within the query limits (a refused document is left to the executor to
    /// report).</summary>
    private static bool IsMutation(GraphQL.Transport.GraphQLRequest request, QueryLimits limits)
    {
        var (document, _) = limits.Parse(request.Query ?? "");
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var selected = request.OperationName is null
            ? operations.Count == 1
                ? operations[0]
                : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        return selected?.Operation is OperationType.Mutation or OperationType.Subscription;
    }
}
