namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// <c>ShareApplicationInput</c> and <c>RowScopeConditionInput</c> values as GraphQL variables (docs/workflow.md), and the China
/// day of an instant (UTC+8).
/// </summary>
public static class ApplicationInputs
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>The calendar day of <paramref name="instant"/> in China Standard Time.</summary>
    public static DateOnly ChinaDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(China).DateTime);

    /// <summary>A date as the <c>Date</c> scalar writes it.</summary>
    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An application input valid from <paramref name="from"/> for <paramref name="days"/> days (both ends included).</summary>
    public static Dictionary<string, object?> Input(
        string resource,
        IReadOnlyList<string> items,
        DateOnly from,
        int days = 31,
        IReadOnlyList<Dictionary<string, object?>>? rowScope = null,
        IReadOnlyList<string>? liftMasks = null,
        string? liftMaskReason = null
    ) =>
        new(StringComparer.Ordinal)
        {
            ["resource"] = resource,
            ["items"] = items,
            ["purpose"] = "校外培训机构法定代表人核查",
            ["scenario"] = "核对校外培训机构的登记负责人",
            ["legalBasis"] = "《福州市政务数据资源管理办法》第十七条",
            ["validFrom"] = Date(from),
            ["validTo"] = Date(from.AddDays(days - 1)),
            ["rowScope"] = rowScope,
            ["liftMasks"] = liftMasks,
            ["liftMaskReason"] = liftMaskReason,
        };

    /// <summary>One row-scope condition: <paramref name="item"/> is one of <paramref name="anyOf"/>.</summary>
    public static Dictionary<string, object?> Scope(string item, params string[] anyOf) =>
        new(StringComparer.Ordinal) { ["item"] = item, ["anyOf"] = anyOf };
}
