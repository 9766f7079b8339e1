namespace TaijiangGraph.Core.Catalog;

/// <summary>One change of a department between two catalog versions (see <see cref="DepartmentChangeKind"/> for the values).</summary>
/// <param name="Department">The department code.</param>
public sealed record DepartmentChange(string Department, DepartmentChangeKind Kind, string? Before = null, string? After = null);
