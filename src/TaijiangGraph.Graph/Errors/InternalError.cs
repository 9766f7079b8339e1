using GraphQL;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Graph.Errors;

/// <summary>
/// An unhandled failure as the caller sees it (docs/errors.md): the message <c>Internal error (correlation id …)</c>
/// and the extensions <c>{ code: INTERNAL_ERROR, correlationId }</c>, nothing of the exception. The server logs the
/// full exception under the same correlation id.
/// </summary>
public sealed class InternalError : ExecutionError
{
    public InternalError(string correlationId)
        : base(MessageFor(correlationId))
    {
        Code = ErrorCodes.Service.InternalError;
        CorrelationId = correlationId;
        Data["correlationId"] = correlationId;
    }

    public string CorrelationId { get; }

    /// <summary>A fresh correlation id: 32 random hex digits.</summary>
    public static string NewCorrelationId() => Guid.NewGuid().ToString("N");

    public static string MessageFor(string correlationId) => $"Internal error (correlation id {correlationId})";
}
