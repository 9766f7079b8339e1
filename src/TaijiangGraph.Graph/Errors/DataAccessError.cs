using GraphQL.Validation;
using GraphQLParser.AST;

namespace TaijiangGraph.Graph.Errors;

/// <summary>A request rejected before execution by the data-access rule, with its code and the resource and item concerned.</summary>
internal sealed class DataAccessError : ValidationError
{
    public DataAccessError(string code, string message, ASTNode node, string? resource = null, string? item = null)
        : base(default, "data-access", message, node)
    {
        Code = code;
        if (resource is not null)
        {
            Data["resource"] = resource;
        }

        if (item is not null)
        {
            Data["item"] = item;
        }
    }
}
