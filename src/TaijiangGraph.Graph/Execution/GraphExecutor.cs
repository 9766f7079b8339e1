using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Graph.Execution;

/// <summary>
/// Runs one GraphQL request for an authenticated caller on the schema being served when it starts (a
/// schema swapped in meanwhile does not affect it). Unhandled resolver exceptions are logged by type and
/// reach the caller only as a generic error.
/// </summary>
public sealed class GraphExecutor(SchemaHolder schemas, IDocumentExecuter executer, ILogger<GraphExecutor> logger)
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, Principal principal, string? purpose, IServiceProvider services, CancellationToken ct)
    {
        var version = schemas.Current;
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = version.Schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = new GraphRequestContext(principal, version.Catalog, purpose),
            RequestServices = services,
            CancellationToken = ct,
            UnhandledExceptionDelegate = context =>
            {
                logger.LogError("Unhandled {Exception} in field {Field}.", context.OriginalException.GetType().Name, context.FieldContext?.FieldDefinition.Name);
                return Task.CompletedTask;
            },
        });
    }
}
