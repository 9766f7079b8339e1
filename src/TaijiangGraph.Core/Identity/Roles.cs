namespace TaijiangGraph.Core.Identity;

/// <summary>The roles a token may carry. Any other role makes the token invalid.</summary>
public static class Roles
{
    public const string Department = "department";
    public const string Bureau = "bureau";
    public const string Reviewer = "reviewer";
    public const string Cdo = "cdo";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Department, Bureau, Reviewer, Cdo };

    /// <summary>The roles of a department whose catalog entry names none: department and cdo.</summary>
    public static readonly IReadOnlyList<string> DepartmentDefaults = [Department, Cdo];

    /// <summary>
    /// Roles only the deployment (the seed catalog) gives: publishing a new catalog version may not give them to a
    /// department, since whoever holds them governs the catalog and the share applications.
    /// </summary>
    public static readonly IReadOnlySet<string> DeploymentOnly = new HashSet<string>(StringComparer.Ordinal) { Bureau, Reviewer };
}
