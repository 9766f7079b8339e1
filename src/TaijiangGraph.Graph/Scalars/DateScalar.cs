using GraphQL.Types;

namespace TaijiangGraph.Graph.Scalars;

/// <summary>A calendar date without time zone, written <c>yyyy-MM-dd</c> (scalar <c>Date</c>).</summary>
internal sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date, yyyy-MM-dd.";
    }
}
