using GraphQL.Types;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Governance;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.AuditLog;
using TaijiangGraph.Graph.Catalog;
using TaijiangGraph.Graph.DataGraph;
using TaijiangGraph.Graph.Governance;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Schema;

/// <summary>
/// Builds and initializes the GraphQL schema of one catalog version, off to the side of the one being served. The
/// resolvers get the (singleton) services they use from this factory; what belongs to one request (caller, grants,
/// catalog, audit log) comes from the request's <see cref="GraphRequestContext"/>.
/// </summary>
internal sealed class GraphSchemaFactory(
    IDatasetReader reader,
    CursorCodec cursors,
    MaskingKeys masking,
    IGrantStore grants,
    IAuditQueries audit,
    IGovernanceEvents governance,
    Lazy<ICatalogPublisher> publisher,
    IKeyRing keys,
    TimeProvider clock
)
{
    private readonly DataResolvers _resolvers = new(reader, cursors, masking);

    public ISchema Create(DataCatalog catalog)
    {
        var query = new ObjectGraphType { Name = "Query", Description = "台江区政务数据共享服务 — the shared data catalog and its data." };
        CatalogQueryFields.AddTo(query, grants, clock);
        DataQueryFields.AddTo(query, catalog, _resolvers);
        AuditQueryFields.AddTo(query, audit, keys);
        GovernanceQueryFields.AddTo(query, governance);
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Governance changes; each is recorded with its actor." };
        GovernanceMutationFields.AddTo(mutation, publisher);
        var schema = new TaijiangSchema
        {
            Query = query,
            Mutation = mutation,
            Description = $"TaijiangGraph, catalog version " + $"{catalog.Version}",
        };
        schema.Directives.Register(new SharingDirective(), new MaskedDirective());
        schema.Initialize();
        return schema;
    }
}
