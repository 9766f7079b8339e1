using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>One cell of the expectation matrix parsed: R, M:RULE, DC or DN, with an optional row scope <c>@item=value</c>.</summary>
public sealed record MatrixCell(string Kind, MaskingRule Rule, string? ScopeItem, string? ScopeValue)
{
    public const string Raw = "R";
    public const string Masked = "M";
    public const string DeniedConditional = "DC";
    public const string DeniedNotShared = "DN";

    public bool IsDenied => Kind is DeniedConditional or DeniedNotShared;

    public static MatrixCell Parse(string notation)
    {
        var at = notation.IndexOf('@', StringComparison.Ordinal);
        var core = at < 0 ? notation : notation[..at];
        var (scopeItem, scopeValue) = at < 0 ? (null, null) : Split(notation[(at + 1)..]);
        if (core.StartsWith("M:", StringComparison.Ordinal))
        {
            var rule = Enum.Parse<MaskingRule>(core[2..].Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
            return new MatrixCell(Masked, rule, scopeItem, scopeValue);
        }

        return core is Raw or DeniedConditional or DeniedNotShared
            ? new MatrixCell(core, MaskingRule.None, scopeItem, scopeValue)
            : throw new FormatException($"Unknown matrix cell '{notation}'.");
    }

    private static (string?, string?) Split(string scope)
    {
        var parts = scope.Split('=', 2);
        return parts.Length == 2 ? (parts[0], parts[1]) : throw new FormatException($"A row scope reads @item=value, not '@{scope}'.");
    }
}
