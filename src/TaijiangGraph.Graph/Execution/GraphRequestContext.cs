using GraphQL;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Graph.Execution;

/// <summary>
/// What every resolver of one request shares: the caller, the catalog version the request runs on and
/// the stated purpose (用途). Passed as GraphQL.NET's user context.
/// </summary>
public sealed class GraphRequestContext(Principal principal, DataCatalog catalog, string? purpose) : Dictionary<string, object?>
{
    public Principal Principal { get; } = principal;

    public DataCatalog Catalog { get; } = catalog;

    /// <summary>用途 from <c>extensions.purpose</c> or the <c>X-Data-Purpose</c> header; null when none was stated.</summary>
    public string? Purpose { get; } = purpose;
}
