using GraphQL.Types;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.Versions;

/// <summary>GraphQL enum <c>RecordChangeKind</c>.</summary>
internal sealed class RecordChangeKindEnum : EnumerationGraphType<RecordChangeKind>
{
    public RecordChangeKindEnum()
    {
        Name = "RecordChangeKind";
        Description = "What a history entry records: an insert, an update of items, or an approved deletion.";
    }
}
