using GraphQL;

namespace TaijiangGraph.Graph.Requests;

/// <summary>Typed access to the request context from a resolver.</summary>
internal static class ResolveContextExtensions
{
    public static GraphRequestContext Request(this IResolveFieldContext context) =>
        context.UserContext as GraphRequestContext ?? throw new InvalidOperationException("The request carries no GraphRequestContext.");
}
