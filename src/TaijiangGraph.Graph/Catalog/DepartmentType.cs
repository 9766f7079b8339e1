using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL type <c>Department</c>.</summary>
internal sealed class DepartmentType : ObjectGraphType<Department>
{
    public DepartmentType()
    {
        Name = "Department";
        Description = "A government department (部门).";
        Field(d => d.Code).Description("Department code, e.g. TJ-MZ.");
        Field(d => d.Name).Description("名称.");
    }
}
