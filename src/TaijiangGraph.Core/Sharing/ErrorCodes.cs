namespace TaijiangGraph.Core.Sharing;

/// <summary>The error codes of sharing decisions (docs/errors.md).</summary>
public static class ErrorCodes
{
    public const string ForbiddenConditional = "FORBIDDEN_CONDITIONAL";
    public const string ForbiddenNotShared = "FORBIDDEN_NOT_SHARED";
    public const string ForbiddenFilter = "FORBIDDEN_FILTER";
    public const string LookupLimitExceeded = "LOOKUP_LIMIT_EXCEEDED";
    public const string LookupBudgetExhausted = "LOOKUP_BUDGET_EXHAUSTED";
    public const string PurposeRequired = "PURPOSE_REQUIRED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
}
