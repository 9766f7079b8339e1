using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>How one item's values are made: the data kind the rule produces, the producer, and the share of nulls.</summary>
internal sealed record ValueRule(DataKind Kind, Func<RecordContext, object?> Produce, double NullRate = 0);
