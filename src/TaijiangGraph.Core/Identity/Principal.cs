namespace TaijiangGraph.Core.Identity;

/// <summary>An authenticated caller: a user of a department, with roles and optionally the client app it uses.</summary>
public sealed record Principal(string UserId, string Name, string Department, IReadOnlySet<string> Roles, string? App)
{
    public bool IsBureau => Roles.Contains(Identity.Roles.Bureau);

    public bool HasRole(string role) => Roles.Contains(role);
}
