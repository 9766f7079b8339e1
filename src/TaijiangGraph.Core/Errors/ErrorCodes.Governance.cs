namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the governance fields (publishing the catalog, audit queries) by role and department.</summary>
    public static class Governance
    {
        /// <summary>A governance field the caller's role or department may not use (field error).</summary>
        public const string Forbidden = "FORBIDDEN";
    }
}
