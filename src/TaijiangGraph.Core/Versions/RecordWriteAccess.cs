using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Core.Versions;

/// <summary>
/// Who may put records into a resource (docs/data-in.md, "Who writes"): only its provider department, through its people with
/// role <c>department</c> or <c>cdo</c>, or through an <c>app</c> principal of that department. Nobody else, the bureau included.
/// </summary>
public static class RecordWriteAccess
{
    /// <summary>Whether <paramref name="caller"/> may write records of <paramref name="resource"/>.</summary>
    public static bool MayWrite(Principal caller, CatalogResource resource) =>
        string.Equals(caller.Department, resource.Provider, StringComparison.Ordinal)
        && (caller.App is not null || caller.HasRole(Roles.Department) || caller.HasRole(Roles.Cdo));
}
