namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>
    /// Refusals of the share-application workflow (docs/policy.md "Share applications", docs/errors.md "Share applications")
    /// and its working-day calendar (docs/workflow.md): what an application may ask for, and which step whose caller may take in
    /// which state. A step taken by a role or department that may not take it is refused with <see cref="Governance.Forbidden"/>;
    /// a requested resource or item that does not exist, is classified or retired with <see cref="Records.UnknownItem"/> (one
    /// message for all of them).
    /// </summary>
    public static class Workflow
    {
        /// <summary>A year's working calendar that breaks the rules of docs/workflow.md (Working days); nothing of it is stored.</summary>
        public const string InvalidCalendar = "INVALID_CALENDAR";

        /// <summary>A requested item is not shared (暂不共享): no application can obtain it.</summary>
        public const string NotShareable = "NOT_SHAREABLE";

        /// <summary>A requested item is unconditional: every department reads it already, lifting its mask is not part of the
        /// workflow.</summary>
        public const string NotConditional = "NOT_CONDITIONAL";

        /// <summary>Any other part of an application input that breaks its rules (dates, texts, row scope, lifted masks).</summary>
        public const string InvalidApplication = "INVALID_APPLICATION";

        /// <summary>The department already has a pending application for an overlapping item set of the resource.</summary>
        public const string DuplicatePending = "DUPLICATE_PENDING";

        /// <summary>The application changed since the caller read it (optimistic concurrency): another step came first.</summary>
        public const string StaleState = "STALE_STATE";

        /// <summary>The step does not apply to the application's current state.</summary>
        public const string InvalidState = "INVALID_STATE";

        /// <summary>An approval that grants more than the application asked for.</summary>
        public const string WiderThanAsked = "WIDER_THAN_ASKED";

        /// <summary>A step that refuses (return, reject) or a comment without its reason or text.</summary>
        public const string ReasonRequired = "REASON_REQUIRED";

        /// <summary>No share application has the id, or the caller may not see it: one answer for both, so ids cannot be probed.</summary>
        public const string UnknownApplication = "UNKNOWN_APPLICATION";

        /// <summary>No grant has the id, or the caller may not see it: one answer for both.</summary>
        public const string UnknownGrant = "UNKNOWN_GRANT";
    }
}
