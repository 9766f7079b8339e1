namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>
    /// The size and cost limits of a request (docs/errors.md): of the HTTP body and batch, of the document (length,
    /// depth, aliases, complexity), of its execution time, and of its arguments (page size, <c>in</c> lists).
    /// </summary>
    public static class Limits
    {
        /// <summary>Field nesting or syntax nesting deeper than allowed.</summary>
        public const string MaxDepth = "MAX_DEPTH";

        /// <summary>The operation's complexity (or the priced introspection) exceeds the limit.</summary>
        public const string Complexity = "COMPLEXITY";

        /// <summary>More aliases than allowed.</summary>
        public const string MaxAliases = "MAX_ALIASES";

        /// <summary>More characters or tokens than allowed.</summary>
        public const string QueryTooLarge = "QUERY_TOO_LARGE";

        /// <summary>A batch with more operations than allowed (HTTP level, 400).</summary>
        public const string BatchTooLarge = "BATCH_TOO_LARGE";

        /// <summary>The operation ran longer than allowed; no data is returned.</summary>
        public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

        /// <summary>A request body larger than allowed (HTTP level, 413).</summary>
        public const string RequestTooLarge = "REQUEST_TOO_LARGE";

        /// <summary><c>first</c> outside the allowed page size on a data connection or an audit list.</summary>
        public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

        /// <summary>An <c>in</c> / <c>nin</c> list with more values than allowed.</summary>
        public const string InListTooLong = "IN_LIST_TOO_LONG";

        /// <summary>A push with more records than one call takes (docs/data-in.md, "The push"); nothing is written.</summary>
        public const string TooManyRecords = "TOO_MANY_RECORDS";
    }
}
