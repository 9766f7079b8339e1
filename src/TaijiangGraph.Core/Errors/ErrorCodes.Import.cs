namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>
    /// Refusals of an import file (docs/import.md): its type, size and shape caps, the zip expansion of an <c>.xlsx</c>,
    /// and its header row. Cell values that do not fit their item are record violations (<see cref="Records"/>).
    /// </summary>
    public static class Import
    {
        /// <summary>A file that is neither <c>.csv</c> nor <c>.xlsx</c>.</summary>
        public const string FileType = "IMPORT_FILE_TYPE";

        /// <summary>A file larger than the file-size cap.</summary>
        public const string FileTooLarge = "IMPORT_FILE_TOO_LARGE";

        /// <summary>A file that cannot be read as CSV or xlsx (broken quoting, not a zip, no header row…).</summary>
        public const string FileMalformed = "IMPORT_FILE_MALFORMED";

        /// <summary>More rows after the header than the row cap.</summary>
        public const string TooManyRows = "IMPORT_TOO_MANY_ROWS";

        /// <summary>More columns than the column cap.</summary>
        public const string TooManyColumns = "IMPORT_TOO_MANY_COLUMNS";

        /// <summary>A cell longer than the cell-length cap.</summary>
        public const string CellTooLong = "IMPORT_CELL_TOO_LONG";

        /// <summary>An xlsx zip entry whose uncompressed size exceeds the allowed multiple of its compressed size.</summary>
        public const string ZipRatio = "IMPORT_ZIP_RATIO";

        /// <summary>An xlsx whose zip entries together expand beyond the uncompressed-size cap.</summary>
        public const string ZipTooLarge = "IMPORT_ZIP_TOO_LARGE";

        /// <summary>A header cell naming no item of the resource (classified items included: they are not disclosed).</summary>
        public const string HeaderUnknown = "IMPORT_HEADER_UNKNOWN";

        /// <summary>A header cell naming a retired item.</summary>
        public const string HeaderRetired = "IMPORT_HEADER_RETIRED";

        /// <summary>Two header cells naming the same item.</summary>
        public const string HeaderDuplicate = "IMPORT_HEADER_DUPLICATE";

        /// <summary>An empty header cell before the last non-empty one.</summary>
        public const string HeaderEmpty = "IMPORT_HEADER_EMPTY";

        /// <summary>A Chinese name that names more than one item of the resource.</summary>
        public const string HeaderAmbiguous = "IMPORT_HEADER_AMBIGUOUS";

        /// <summary>No column for the resource's key item.</summary>
        public const string KeyColumnMissing = "IMPORT_KEY_COLUMN_MISSING";

        /// <summary>A row with non-empty cells to the right of the last header column.</summary>
        public const string ExtraCells = "IMPORT_EXTRA_CELLS";
    }
}
