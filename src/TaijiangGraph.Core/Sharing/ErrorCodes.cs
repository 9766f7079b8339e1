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

    /// <summary>A stated purpose breaks the rule of <see cref="PurposeText"/> (or its header is not strict percent-encoded UTF-8).</summary>
    public const string InvalidPurpose = "INVALID_PURPOSE";

    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

    /// <summary>An unexpected failure inside the service; the caller sees only this code and a correlation id, the log the rest.</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
