using System.Collections.Concurrent;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Planning;

namespace TaijiangGraph.Graph.Requests;

/// <summary>
/// What every resolver and validation rule of one request shares: the caller, the catalog version and
/// schema version the request runs on, the stated purpose (用途), the caller's access decisions, the plans of its
/// data fields, the denied-field collector, the audit log, the batch-wide budget and the request's batch loaders. GraphQL.NET's user
/// context.
/// </summary>
public sealed class GraphRequestContext(
    Principal principal,
    DataCatalog catalog,
    PurposeText purpose,
    RequestAccess access,
    RequestBudget budget,
    RequestAuditLog audit
) : Dictionary<string, object?>
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

    /// <summary>
    /// The plan of every data field, built by validation (<see cref="Policy.DataAccessValidationRule"/>); until then
    /// <see cref="RequestPlans.None"/>, under which every data field refuses to read.
    /// </summary>
    public RequestPlans Plans { get; private set; } = RequestPlans.None;

    /// <summary>Keeps the plans validation built; a request's plans are set once.</summary>
    /// <exception cref="InvalidOperationException">The request already has plans.</exception>
    public void Adopt(RequestPlans plans)
    {
        if (!ReferenceEquals(Plans, RequestPlans.None))
        {
            throw new InvalidOperationException("The request's plans are already set.");
        }

        Plans = plans;
    }

    /// <summary>Batch loaders of this request, by the selection they load for.</summary>
    public ConcurrentDictionary<object, object> Loaders { get; } = new();
}
