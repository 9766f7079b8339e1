namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the share-application workflow and its working-day calendar (docs/workflow.md).</summary>
    public static class Workflow
    {
        /// <summary>A year's working calendar that breaks the rules of docs/workflow.md (Working days); nothing of it is stored.</summary>
        public const string InvalidCalendar = "INVALID_CALENDAR";
    }
}
