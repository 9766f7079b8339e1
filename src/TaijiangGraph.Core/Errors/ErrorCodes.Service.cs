namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>Failures of the service itself, not of the request.</summary>
    public static class Service
    {
        /// <summary>An unexpected failure inside the service; the caller sees only this code and a correlation id, the log the
        /// rest.</summary>
        public const string InternalError = "INTERNAL_ERROR";

        /// <summary>A data field reached execution without a plan from validation (docs/architecture.md); it reads nothing.</summary>
        public const string PlanMissing = "PLAN_MISSING";
    }
}
