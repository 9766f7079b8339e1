using GraphQL;
using GraphQL.SystemTextJson;
using GraphQLParser.AST;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Policy;
using TaijiangGraph.Server.Identity;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>
/// GraphQL over HTTP at one path: POST (single or batched) and GET (queries only), bearer-authenticated,
/// status codes per DESIGN.md's table, always a JSON body.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        return endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], HandleAsync).RequireAuthorization();
    }

    private static async Task HandleAsync(HttpContext http, GraphQLRequestReader reader, GraphExecutor executor, GraphQLSerializer serializer)
    {
        var mediaType = MediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await GraphQLErrorResponses.WriteAsync(http, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var parsed = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (parsed.Error is { } error)
        {
            await GraphQLErrorResponses.WriteAsync(http, error.Status, error.Code, error.Message);
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(parsed.Requests[0]))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await GraphQLErrorResponses.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Mutations must be sent with POST.");
            return;
        }

        var principal = http.GetPrincipal() ?? throw new InvalidOperationException("An authorized request has no principal.");
        var results = new List<ExecutionResult>(parsed.Requests.Count);
        var budget = new RequestBudget(); // limits count across every operation of a batch
        foreach (var request in parsed.Requests)
        {
            results.Add(await executor.ExecuteAsync(request, principal, DataPurpose.Read(http.Request, request), budget, http.RequestServices, http.RequestAborted));
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (parsed.IsBatch)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            await serializer.WriteAsync(http.Response.Body, results, http.RequestAborted);
            return;
        }

        var result = results[0];
        http.Response.StatusCode = mediaType == MediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static bool IsMutation(GraphQL.Transport.GraphQLRequest request)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(request.Query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = request.OperationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
            return selected?.Operation is OperationType.Mutation or OperationType.Subscription;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false; // the executor reports the syntax error
        }
    }
}
