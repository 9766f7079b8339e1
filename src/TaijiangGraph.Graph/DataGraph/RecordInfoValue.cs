using TaijiangGraph.Core.Datasets;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>The source of a <c>recordInfo</c>: the record's row and its handle, issued only when selected.</summary>
internal sealed record RecordInfoValue(DatasetRow Row, Func<string> Handle);
