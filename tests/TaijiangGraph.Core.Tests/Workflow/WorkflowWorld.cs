using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Tests.Catalog;
using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Core.Tests.Workflow;

/// <summary>
/// The sample world's parties of a share application (docs/sample-world.md): TJ-JY applies for
/// <c>market_entity.legal_rep</c> (conditional, NAME mask) of TJ-SCJG; TJ-DSJ is the bureau, CITY-DSJ the reviewer.
/// </summary>
internal static class WorkflowWorld
{
    /// <summary>The pinned now: 2026-12-03 10:00 China Standard Time.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly DateOnly Today = new(2026, 12, 3);

    public static Principal Applicant { get; } = Of("u-jy", "TJ-JY", Roles.Department);

    public static Principal ApplicantColleague { get; } = Of("u-jy-2", "TJ-JY", Roles.Cdo);

    /// <summary>An applicant user whose token carries every role (its department may not hold bureau or reviewer).</summary>
    public static Principal ApplicantAllRoles { get; } = Of("u-jy-3", "TJ-JY", Roles.Department, Roles.Bureau, Roles.Reviewer);

    public static Principal Bureau { get; } = Of("u-dsj", "TJ-DSJ", Roles.Bureau, Roles.Department, Roles.Cdo);

    public static Principal BureauColleague { get; } = Of("u-dsj-2", "TJ-DSJ", Roles.Bureau, Roles.Department, Roles.Cdo);

    public static Principal Reviewer { get; } = Of("u-city", "CITY-DSJ", Roles.Reviewer);

    public static Principal Provider { get; } = Of("u-scjg", "TJ-SCJG", Roles.Department);

    public static Principal Other { get; } = Of("u-mz", "TJ-MZ", Roles.Department, Roles.Cdo);

    public static DataCatalog Catalog { get; } = SampleCatalog.Load();

    public static ShareApplicationRules Rules { get; } = new(Catalog);

    public static ShareApplicationRequest Request { get; } =
        new()
        {
            Resource = "market_entity",
            Items = ["legal_rep"],
            Purpose = "校外培训机构法定代表人核查",
            Scenario = "校外培训机构年检",
            LegalBasis = "《福建省政务数据管理办法》第十七条",
            ValidFrom = Today,
            ValidTo = Today.AddDays(90),
        };

    public static Principal Of(string user, string department, params string[] roles) =>
        new(user, user, department, new HashSet<string>(roles, StringComparer.Ordinal), null);

    public static RowScope Scope(string item, params string[] values) => new([new RowScopeCondition(item, values)]);

    /// <summary>The application as submitted by <see cref="Applicant"/>.</summary>
    public static ShareApplication Submitted(ShareApplicationRequest? request = null, ShareApplicationRules? rules = null) =>
        Done((rules ?? Rules).Submit("A-1", Applicant, request ?? Request, Now));

    /// <summary>The application brought into <paramref name="state"/> by the parties' steps.</summary>
    public static ShareApplication In(ShareApplicationState state)
    {
        var submitted = Submitted();
        return state switch
        {
            ShareApplicationState.Submitted => submitted,
            ShareApplicationState.Returned => Done(Rules.Return(submitted, Bureau, "依据不充分", Now)),
            ShareApplicationState.Forwarded => Forwarded(),
            ShareApplicationState.Approved => Done(Rules.Approve(Forwarded(), Reviewer, new ApprovalTerms(), "G-1", Now)),
            ShareApplicationState.Rejected => Done(Rules.Reject(Forwarded(), Reviewer, "用途不明确", Now)),
            ShareApplicationState.Withdrawn => Done(Rules.Withdraw(submitted, Applicant, Now)),
            ShareApplicationState.Revoked => Done(Rules.Revoke(In(ShareApplicationState.Approved), Bureau, "用途已完成", Now)),
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
    }

    public static ShareApplication Forwarded() => Done(Rules.Forward(Submitted(), Bureau, "同意转报", Now));

    public static ShareApplication Done(ShareApplicationOutcome outcome)
    {
        Assert.True(outcome.Succeeded, $"{outcome.Code}: {outcome.Message}");
        return outcome.Application!;
    }
}
