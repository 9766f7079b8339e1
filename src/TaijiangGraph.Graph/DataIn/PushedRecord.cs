using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.DataIn;

/// <summary>One record of a push as answered: its 0-based index in <c>records</c> and what was done to it.</summary>
internal sealed record PushedRecord(int Index, RecordWriteResult Result);
