using GraphQL.Types;

namespace TaijiangGraph.Graph.Versions;

/// <summary>GraphQL type <c>RecordItemValue</c>: an item and a value it held.</summary>
internal sealed class RecordItemValueType : ObjectGraphType<RecordItemValue>
{
    public RecordItemValueType()
    {
        Name = "RecordItemValue";
        Description = "An item's API name and the value it held before the change, as text (null for null).";
        Field<NonNullGraphType<StringGraphType>>("item").Resolve(c => c.Source.Item);
        Field<StringGraphType>("value")
            .Description("Strings as stored; numbers as written (decimals with their scale); dates yyyy-MM-dd; date-times UTC ISO 8601.")
            .Resolve(c => c.Source.Value);
    }
}
