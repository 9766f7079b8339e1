using GraphQL.Types;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.DataIn;

/// <summary>GraphQL enum <c>PushOutcome</c>: what a push did to one record.</summary>
internal sealed class PushOutcomeEnum : EnumerationGraphType<RecordWriteOutcome>
{
    public PushOutcomeEnum()
    {
        Name = "PushOutcome";
        Description = "What a push did to one record (docs/data-in.md, \"The push\").";
    }
}
