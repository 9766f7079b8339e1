namespace TaijiangGraph.Core.Lookups;

/// <summary>
/// Lookup misses allowed per rolling 24 hours: per user (a person's token), per app principal (a token with an
/// <c>app</c> claim counts against the app instead of its user) and per department (everyone of it together).
/// </summary>
public sealed record LookupBudgetLimits(int PerUser = 30, int PerApp = 300, int PerDepartment = 500)
{
    /// <summary>The rolling window the budgets count over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);
}
