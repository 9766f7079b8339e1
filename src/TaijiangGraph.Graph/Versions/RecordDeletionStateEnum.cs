using GraphQL.Types;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.Versions;

/// <summary>GraphQL enum <c>RecordDeletionState</c>.</summary>
internal sealed class RecordDeletionStateEnum : EnumerationGraphType<RecordDeletionState>
{
    public RecordDeletionStateEnum()
    {
        Name = "RecordDeletionState";
        Description = "Where a record deletion request stands (docs/data-in.md, Deletion).";
    }
}
