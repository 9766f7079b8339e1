using System.Security.Claims;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Server.Identity;

/// <summary>
/// Turns validated token claims into a <see cref="Principal"/>, refusing unknown departments and roles and any
/// role the token's department may not hold (<see cref="Department.Roles"/>): a signed token does not make a
/// department the bureau.
/// </summary>
internal static class PrincipalMapper
{
    /// <summary>The principal, or the reason the claims are not acceptable.</summary>
    public static (Principal? Principal, string? Error) Map(ClaimsPrincipal user, DataCatalog catalog)
    {
        var sub = user.FindFirstValue(ClaimNames.Subject);
        var dept = user.FindFirstValue(ClaimNames.Department);
        var roles = user.FindAll(ClaimNames.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(sub))
        {
            return (null, "The token has no subject.");
        }

        var department = string.IsNullOrWhiteSpace(dept) ? null : catalog.FindDepartment(dept);
        if (department is null)
        {
            return (null, "The token names no known department.");
        }

        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r)))
        {
            return (null, "The token carries no role or an unknown role.");
        }

        if (roles.FirstOrDefault(r => !department.MayHold(r)) is { } refused)
        {
            return (null, $"The token carries the role '{refused}', which department {department.Code} may not hold.");
        }

        var name = user.FindFirstValue(ClaimNames.Name) ?? sub;
        return (new Principal(sub, name, department.Code, roles, user.FindFirstValue(ClaimNames.App)), null);
    }
}
