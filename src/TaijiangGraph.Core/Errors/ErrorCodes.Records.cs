namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>Violations that refuse an ingested record (the seed and the dataset store), checked against the catalog.</summary>
    public static class Records
    {
        /// <summary>A value for an item the resource does not have (classified items included: they have no column).</summary>
        public const string UnknownItem = "UNKNOWN_ITEM";

        /// <summary>A value for a retired item.</summary>
        public const string RetiredItem = "RETIRED_ITEM";

        /// <summary>A value of the wrong type.</summary>
        public const string TypeMismatch = "TYPE_MISMATCH";

        /// <summary>A value without the item's declared format (or not matched within the pattern's time limit).</summary>
        public const string InvalidFormat = "INVALID_FORMAT";

        /// <summary>A date or date-time outside the item's declared minDate..maxDate.</summary>
        public const string OutOfRange = "OUT_OF_RANGE";

        /// <summary>No value for the key item.</summary>
        public const string KeyRequired = "KEY_REQUIRED";
    }
}
