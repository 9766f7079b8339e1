using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL enum <c>ValueFormat</c>: the format an item's values must have (docs/policy.md, "Value rules").</summary>
internal sealed class ValueFormatEnum : EnumerationGraphType<ValueFormat>
{
    public ValueFormatEnum()
    {
        Name = "ValueFormat";
        Description = "The format every value of a string item must have, checked on every write.";
    }
}
