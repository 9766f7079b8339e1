namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>Refusals of a record write batch by the dataset store (docs/errors.md, "Record writes"); nothing of the batch is
    /// written.</summary>
    public static class RecordWrites
    {
        /// <summary>An upsert of a key whose record an approved deletion hid: the key stays deleted.</summary>
        public const string RecordDeleted = "RECORD_DELETED";

        /// <summary>A key given twice in one batch.</summary>
        public const string KeyRepeated = "KEY_REPEATED";

        /// <summary>A deletion or history request for a key no record has.</summary>
        public const string RecordNotFound = "RECORD_NOT_FOUND";

        /// <summary>A push with refused records (docs/data-in.md, "The push"): the error lists each in <c>extensions.refused</c>;
        /// nothing of the call is written.</summary>
        public const string RecordsRefused = "RECORDS_REFUSED";

        /// <summary>No record deletion request has the id, or the caller may not see it (only the provider department and the bureau
        /// do): one answer for both.</summary>
        public const string UnknownDeletionRequest = "UNKNOWN_DELETION_REQUEST";
    }
}
