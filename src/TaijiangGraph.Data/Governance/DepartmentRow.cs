namespace TaijiangGraph.Data.Governance;

/// <summary>A registered department (table <c>departments</c>).</summary>
public sealed class DepartmentRow
{
    public required string Code { get; set; }
    public required string Name { get; set; }
}
