namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>
    /// Refusals of the data-access rules (docs/policy.md, docs/errors.md): items the caller may not read, filters on
    /// them, the purpose of a read, lookup limits and budgets, cursors bound to their caller's department, and filter or key
    /// values that do not fit an item's type.
    /// </summary>
    public static class Policy
    {
        /// <summary>A selected conditional item the caller holds no active grant for (field error).</summary>
        public const string ForbiddenConditional = "FORBIDDEN_CONDITIONAL";

        /// <summary>A selected not-shared item of another department (field error).</summary>
        public const string ForbiddenNotShared = "FORBIDDEN_NOT_SHARED";

        /// <summary>A filter, sort key, by-key argument or link on an item the caller cannot read unmasked.</summary>
        public const string ForbiddenFilter = "FORBIDDEN_FILTER";

        /// <summary>A data read without a purpose.</summary>
        public const string PurposeRequired = "PURPOSE_REQUIRED";

        /// <summary>A stated purpose breaks the rule of <see cref="Sharing.PurposeText"/> (or its header is not strict percent-encoded
        /// UTF-8).</summary>
        public const string InvalidPurpose = "INVALID_PURPOSE";

        /// <summary>More lookup values on masked lookup keys in one HTTP request than allowed.</summary>
        public const string LookupLimitExceeded = "LOOKUP_LIMIT_EXCEEDED";

        /// <summary>The caller's or the department's daily budget of lookup misses cannot take this request's lookups.</summary>
        public const string LookupBudgetExhausted = "LOOKUP_BUDGET_EXHAUSTED";

        /// <summary>A cursor that is malformed, tampered with, or issued for another department, field, filter or order.</summary>
        public const string InvalidCursor = "INVALID_CURSOR";

        /// <summary>A record handle that is malformed, forged, tampered with, a cursor, issued to another department, or names a
        /// resource the catalog no longer has: one answer for every case (docs/policy.md, "Record handles").</summary>
        public const string InvalidHandle = "INVALID_HANDLE";

        /// <summary>A filter or key value that does not fit the item's type.</summary>
        public const string InvalidArgument = "INVALID_ARGUMENT";
    }
}
