namespace TaijiangGraph.Graph.Limits;

/// <summary>The error codes of the query limits (docs/errors.md: refused before execution, or at the HTTP level).</summary>
public static class LimitCodes
{
    public const string MaxDepth = "MAX_DEPTH";
    public const string Complexity = "COMPLEXITY";
    public const string MaxAliases = "MAX_ALIASES";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
}
