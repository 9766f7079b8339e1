using GraphQL.Validation;
using GraphQLParser.AST;

namespace TaijiangGraph.Graph.Limits;

/// <summary>A request rejected before execution by a query limit: its code, the limit and, where known, the measured value.</summary>
internal sealed class LimitError : ValidationError
{
    public LimitError(string code, string message, int limit, double? actual = null, params ASTNode[] nodes)
        : base(default, "query-limits", message, nodes)
    {
        Code = code;
        Data["limit"] = limit;
        if (actual is { } value)
        {
            Data["actual"] = value;
        }
    }
}
