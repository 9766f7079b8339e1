namespace TaijiangGraph.Graph.Planning;

/// <summary>A top-level selection of a planned data field: the field's plan and the columns that selection adds.</summary>
internal sealed record SelectionContribution(FieldPlan Owner, IReadOnlyList<string> Columns);
