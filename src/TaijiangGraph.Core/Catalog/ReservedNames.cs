namespace TaijiangGraph.Core.Catalog;

/// <summary>GraphQL names the service's own catalog, governance and paging types use; resources may not take them.</summary>
public static class ReservedNames
{
    /// <summary>Root fields owned by the service (GraphQL names).</summary>
    public static readonly IReadOnlySet<string> RootFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "me", "departments", "department", "resources", "resource", "node", "nodes", "auditLog", "recordAccesses", "verifyAuditChain", "publishCatalog", "governanceEvents",
    };

    /// <summary>Type names owned by the service (and the stems of generated helper types).</summary>
    public static readonly IReadOnlySet<string> TypeNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Query", "Mutation", "Subscription", "Me", "Department", "Resource", "Item", "Grant", "GrantItem",
        "ItemReference", "RowScope", "RowScopeCondition", "PageInfo", "Decimal", "Date", "DateTime", "Long",
        "SharingType", "MaskingRule", "UpdateCycle", "ResourceStatus", "Role", "GrantState", "SortEnumType",
        "AuditRecord", "AuditLogPage", "AuditOutcome", "ChainVerification", "CatalogViolation", "PublishCatalogResult", "GovernanceEvent",
    };

    /// <summary>Field names every generated data type reserves (dataset surrogate id, paging).</summary>
    public static readonly IReadOnlySet<string> ItemNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "row_id", "id", "and", "or",
    };
}
