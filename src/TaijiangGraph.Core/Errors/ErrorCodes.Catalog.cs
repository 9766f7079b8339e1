namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>
    /// Violations that refuse a catalog version (<c>publishCatalog</c>'s <c>violations</c>, docs/errors.md "Catalog
    /// violations"): registration rules of departments, resources, names and items, and the evolution rules between
    /// the published version and the next.
    /// </summary>
    public static class Catalog
    {
        /// <summary>The catalog argument is not valid catalog JSON.</summary>
        public const string Malformed = "CATALOG_MALFORMED";

        /// <summary>The version is not greater than the published one.</summary>
        public const string VersionNotIncreased = "VERSION_NOT_INCREASED";

        /// <summary>The catalog passed every rule but its GraphQL schema could not be built; nothing was committed.</summary>
        public const string BuildFailed = "CATALOG_BUILD_FAILED";

        /// <summary>A department code registered twice.</summary>
        public const string DepartmentDuplicate = "DEPARTMENT_DUPLICATE";

        /// <summary>A department that names no role its users may hold.</summary>
        public const string DepartmentRolesEmpty = "DEPARTMENT_ROLES_EMPTY";

        /// <summary>A department that names an unknown role.</summary>
        public const string DepartmentRoleUnknown = "DEPARTMENT_ROLE_UNKNOWN";

        /// <summary>A registered department cannot be removed.</summary>
        public const string DepartmentRemoved = "DEPARTMENT_REMOVED";

        /// <summary>A department's roles cannot change by publishing.</summary>
        public const string DepartmentRolesChanged = "DEPARTMENT_ROLES_CHANGED";

        /// <summary>A department added by a publication cannot be given a reserved role.</summary>
        public const string DepartmentRoleReserved = "DEPARTMENT_ROLE_RESERVED";

        /// <summary>A resource code used twice.</summary>
        public const string ResourceCodeDuplicate = "RESOURCE_CODE_DUPLICATE";

        /// <summary>A resource without a catalog code or a name.</summary>
        public const string ResourceIncomplete = "RESOURCE_INCOMPLETE";

        /// <summary>A resource whose provider department is not registered.</summary>
        public const string ProviderUnknown = "PROVIDER_UNKNOWN";

        /// <summary>A resource without exactly one key item.</summary>
        public const string KeyCount = "KEY_COUNT";

        /// <summary>An API name that is not snake_case within its length.</summary>
        public const string NameInvalid = "NAME_INVALID";

        /// <summary>An API name the service reserves.</summary>
        public const string NameReserved = "NAME_RESERVED";

        /// <summary>Two API names giving the same GraphQL name.</summary>
        public const string NameDuplicate = "NAME_DUPLICATE";

        /// <summary>An item without a Chinese name.</summary>
        public const string ItemIncomplete = "ITEM_INCOMPLETE";

        /// <summary>A conditional or not-shared item without a legal basis.</summary>
        public const string LegalBasisRequired = "LEGAL_BASIS_REQUIRED";

        /// <summary>A decimal type with an invalid precision or scale.</summary>
        public const string DecimalInvalid = "DECIMAL_INVALID";

        /// <summary>A mask on an item of a type it does not apply to.</summary>
        public const string MaskType = "MASK_TYPE";

        /// <summary>A value format on an item that is not a string.</summary>
        public const string FormatType = "FORMAT_TYPE";

        /// <summary>Format PATTERN without a pattern.</summary>
        public const string PatternRequired = "PATTERN_REQUIRED";

        /// <summary>A pattern on an item whose format is not PATTERN.</summary>
        public const string PatternWithoutFormat = "PATTERN_WITHOUT_FORMAT";

        /// <summary>A pattern that is not a valid regular expression or is too long.</summary>
        public const string PatternInvalid = "PATTERN_INVALID";

        /// <summary>minDate or maxDate on an item that is not a date or date-time.</summary>
        public const string DateRangeType = "DATE_RANGE_TYPE";

        /// <summary>minDate after maxDate.</summary>
        public const string DateRangeInvalid = "DATE_RANGE_INVALID";

        /// <summary>A HASH-masked item marked as a lookup key.</summary>
        public const string LookupOnHash = "LOOKUP_ON_HASH";

        /// <summary>A classified item used as a key, lookup key, reference or indexed item.</summary>
        public const string ClassifiedNotAllowed = "CLASSIFIED_NOT_ALLOWED";

        /// <summary>A retired key item.</summary>
        public const string KeyRetired = "KEY_RETIRED";

        /// <summary>A reference to an item that does not exist.</summary>
        public const string ReferenceUnresolved = "REFERENCE_UNRESOLVED";

        /// <summary>A reference to an item that is not its resource's key.</summary>
        public const string ReferenceNotKey = "REFERENCE_NOT_KEY";

        /// <summary>A reference to a key of another type.</summary>
        public const string ReferenceTypeMismatch = "REFERENCE_TYPE_MISMATCH";

        /// <summary>A published resource removed instead of retired.</summary>
        public const string ResourceRemoved = "RESOURCE_REMOVED";

        /// <summary>A resource whose API names changed.</summary>
        public const string ResourceRenamed = "RESOURCE_RENAMED";

        /// <summary>An item removed instead of retired.</summary>
        public const string ItemRemoved = "ITEM_REMOVED";

        /// <summary>An item whose type changed in place.</summary>
        public const string ItemTypeChanged = "ITEM_TYPE_CHANGED";

        /// <summary>A retired item brought back.</summary>
        public const string ItemUnretired = "ITEM_UNRETIRED";

        /// <summary>An item with stored values made classified in place.</summary>
        public const string ItemClassifiedInPlace = "ITEM_CLASSIFIED_IN_PLACE";

        /// <summary>A resource whose key item changed.</summary>
        public const string KeyChanged = "KEY_CHANGED";

        /// <summary>A resource whose provider changed.</summary>
        public const string ProviderChanged = "PROVIDER_CHANGED";

        /// <summary>A publisher other than the resource's provider changed an existing item or brought a retired resource back.</summary>
        public const string ChangeByNonProvider = "CHANGE_BY_NON_PROVIDER";
    }
}
