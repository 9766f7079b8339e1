namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>The audit trail fails closed (docs/audit.md): no answer leaves the service without its usage records.</summary>
    public static class Audit
    {
        /// <summary>The request's usage records could not be committed in time; no data is returned (503).</summary>
        public const string Unavailable = "AUDIT_UNAVAILABLE";
    }
}
