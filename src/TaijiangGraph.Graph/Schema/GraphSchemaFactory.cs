using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Auditing;
using TaijiangGraph.Graph.Catalog;
using TaijiangGraph.Graph.DataGraph;
using TaijiangGraph.Graph.Governance;

namespace TaijiangGraph.Graph.Schema;

/// <summary>Builds and initializes the GraphQL schema of one catalog version, off to the side of the one being served.</summary>
public static class GraphSchemaFactory
{
    public static ISchema Create(DataCatalog catalog)
    {
        var query = new ObjectGraphType { Name = "Query", Description = "台江区政务数据共享服务 — the shared data catalog and its data." };
        CatalogQueryFields.AddTo(query);
        DataQueryFields.AddTo(query, catalog);
        AuditQueryFields.AddTo(query);
        GovernanceQueryFields.AddTo(query);
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Governance changes; each is recorded with its actor." };
        GovernanceMutationFields.AddTo(mutation);
        var schema = new TaijiangSchema { Query = query, Mutation = mutation, Description = $"TaijiangGraph, catalog version {catalog.Version}" };
        schema.Directives.Register(new SharingDirective(), new MaskedDirective());
        schema.Initialize();
        return schema;
    }
}
