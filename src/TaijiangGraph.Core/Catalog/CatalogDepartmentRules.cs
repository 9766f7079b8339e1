using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Core.Catalog;

/// <summary>Each department is registered once, with at least one role, and only with roles the service knows.</summary>
internal static class CatalogDepartmentRules
{
    public static void Check(DataCatalog catalog, List<CatalogViolation> v)
    {
        foreach (var dup in catalog.Departments.GroupBy(d => d.Code).Where(g => g.Count() > 1))
        {
            v.Add(new(ErrorCodes.Catalog.DepartmentDuplicate, null, null, $"Department code '{dup.Key}' is registered more than once."));
        }

        foreach (var d in catalog.Departments)
        {
            if (d.Roles.Count == 0)
            {
                v.Add(
                    new(
                        ErrorCodes.Catalog.DepartmentRolesEmpty,
                        null,
                        null,
                        $"Department '{d.Code}' names no role its " + $"users may " + $"hold; leave 'roles' out for department and cdo."
                    )
                );
            }

            foreach (var role in d.Roles.Where(r => !Roles.All.Contains(r)).Distinct(StringComparer.Ordinal))
            {
                v.Add(
                    new(
                        ErrorCodes.Catalog.DepartmentRoleUnknown,
                        null,
                        null,
                        $"Department '{d.Code}' names the unknown role '{role}'; "
                            + $"roles are {string.Join(", ", Roles.All.Order(StringComparer.Ordinal))}."
                    )
                );
            }
        }
    }
}
