using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace TaijiangGraph.Baseline.PlainGraphQL;

/// <summary>
/// <c>POST /graphql</c> with a JSON body <c>{ query, variables }</c>: executes it on the schema and writes the
/// result as <c>application/graphql-response+json</c>, status 200. Nothing else (no auth, limits or audit).
/// </summary>
public static class GraphQLEndpoint
{
    public static async Task HandleAsync(HttpContext context, IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer)
    {
        var request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted);
        var result = await executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = request?.Query;
            o.Variables = request?.Variables;
            o.OperationName = request?.OperationName;
            o.RequestServices = context.RequestServices;
            o.CancellationToken = context.RequestAborted;
        });
        context.Response.ContentType = "application/graphql-response+json";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
