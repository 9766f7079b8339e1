using Microsoft.AspNetCore.Diagnostics;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Graph.Errors;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>
/// Answers an exception that escaped the request pipeline (outside GraphQL execution, e.g. while loading the
/// caller's grants) as docs/errors.md says: 500 with <c>INTERNAL_ERROR</c> and a fresh correlation id only, never
/// the exception's message, data or stack; the full exception is logged at error level under that id.
/// </summary>
internal static class InternalErrorResponses
{
    public static async Task WriteAsync(HttpContext context)
    {
        var correlationId = InternalError.NewCorrelationId();
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        context
            .RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(InternalErrorResponses).FullName!)
            .LogError(
                exception,
                "Unhandled exception in " + "{Method} {Path}, " + "correlation id " + "{CorrelationId}",
                context.Request.Method,
                context.Request.Path.Value,
                correlationId
            );
        await GraphQLErrorResponses.WriteAsync(
            context,
            StatusCodes.Status500InternalServerError,
            ErrorCodes.Service.InternalError,
            InternalError.MessageFor(correlationId),
            correlationId
        );
    }
}
