namespace TaijiangGraph.Core.Identity;

/// <summary>The roles a token may carry. Any other role makes the token invalid.</summary>
public static class Roles
{
    public const string Department = "department";
    public const string Bureau = "bureau";
    public const string Reviewer = "reviewer";
    public const string Cdo = "cdo";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Department, Bureau, Reviewer, Cdo };
}
