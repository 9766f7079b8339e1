using System.Collections.Concurrent;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Auditing;
using TaijiangGraph.Graph.Policy;

namespace TaijiangGraph.Graph.Execution;

/// <summary>
/// What every resolver and validation rule of one request shares: the caller, the catalog version and
/// schema version the request runs on, the stated purpose (用途), the caller's access decisions, the
/// denied-field collector, the audit log, the batch-wide budget and the request's batch loaders. GraphQL.NET's user context.
/// </summary>
public sealed class GraphRequestContext(Principal principal, DataCatalog catalog, PurposeText purpose, RequestAccess access, RequestBudget budget, RequestAuditLog audit)
    : Dictionary<string, object?>
{
    public Principal Principal { get; } = principal;

    public DataCatalog Catalog { get; } = catalog;

    /// <summary>用途 from <c>extensions.purpose</c> or the <c>X-Data-Purpose</c> header: missing, valid (normalised) or invalid.</summary>
    public PurposeText Purpose { get; } = purpose;

    public RequestAccess Access { get; } = access;

    public RequestBudget Budget { get; } = budget;

    /// <summary>This operation's lookups on masked lookup keys and their reservation against the lookup budget.</summary>
    public LookupLedger Lookups { get; } = new();

    public FieldDenials Denials { get; } = new();

    /// <summary>What the operation does with each resource, for its usage records.</summary>
    public RequestAuditLog Audit { get; } = audit;

    /// <summary>Batch loaders of this request, by the selection they load for.</summary>
    public ConcurrentDictionary<object, object> Loaders { get; } = new();
}
