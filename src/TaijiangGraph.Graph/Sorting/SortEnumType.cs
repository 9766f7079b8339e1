using GraphQL.Types;

namespace TaijiangGraph.Graph.Sorting;

/// <summary>GraphQL enum <c>SortEnumType</c>: ASC or DESC (NULLs last ascending, first descending).</summary>
internal sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction. NULLs sort last ascending and first descending.";
        Add("ASC", false, "Ascending.");
        Add("DESC", true, "Descending.");
    }
}
