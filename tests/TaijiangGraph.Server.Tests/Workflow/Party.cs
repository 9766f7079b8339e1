namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// A person acting in the share-application workflow (docs/policy.md, "Share applications"): user id, department and the roles
/// the token carries. The sample parties of an application on <c>market_entity</c> are named here.
/// </summary>
public sealed record Party(string User, string Department, params string[] Roles)
{
    /// <summary>TJ-JY, a consumer department: the applicant.</summary>
    public static readonly Party Applicant = new("u-jy-clerk", "TJ-JY", "department");

    /// <summary>The bureau's clerk (TJ-DSJ, role bureau): forwards and returns.</summary>
    public static readonly Party Bureau = new("u-dsj-clerk", "TJ-DSJ", "bureau");

    /// <summary>The city reviewer (CITY-DSJ, role reviewer): approves and rejects.</summary>
    public static readonly Party Reviewer = new("u-city-reviewer", "CITY-DSJ", "reviewer");

    /// <summary>TJ-SCJG, the provider of <c>market_entity</c>: comments.</summary>
    public static readonly Party Provider = new("u-scjg-clerk", "TJ-SCJG", "department");

    /// <summary>TJ-MZ: no party of an application of TJ-JY on <c>market_entity</c>.</summary>
    public static readonly Party Outsider = new("u-mz-clerk", "TJ-MZ", "department");

    public override string ToString() => $"{User}@{Department}[{string.Join(',', Roles)}]";
}
