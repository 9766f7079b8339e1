using GraphQL.Types;
using Microsoft.Extensions.Options;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Governance;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.AuditLog;
using TaijiangGraph.Graph.Catalog;
using TaijiangGraph.Graph.DataGraph;
using TaijiangGraph.Graph.DataIn;
using TaijiangGraph.Graph.Governance;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Requests;
using TaijiangGraph.Graph.Versions;
using TaijiangGraph.Graph.Workflow;

namespace TaijiangGraph.Graph.Schema;

/// <summary>
/// Builds and initializes the GraphQL schema of one catalog version, off to the side of the one being served. The
/// resolvers get the (singleton) services they use from this factory; what belongs to one request (caller, grants,
/// catalog, audit log) comes from the request's <see cref="GraphRequestContext"/>.
/// </summary>
internal sealed class GraphSchemaFactory(
    IDatasetReader reader,
    CursorCodec cursors,
    RecordHandles handles,
    MaskingKeys masking,
    IGrantStore grants,
    IAuditQueries audit,
    IGovernanceEvents governance,
    Lazy<ICatalogPublisher> publisher,
    IKeyRing keys,
    IShareApplicationStore applications,
    IWorkingCalendarStore calendars,
    IOptions<WorkflowOptions> workflowOptions,
    IDatasetRecordWriter records,
    IRecordDeletionStore deletions,
    TimeProvider clock,
    IRecordIntake intake
)
{
    private readonly DataResolvers _resolvers = new(reader, cursors, handles, masking);
    private readonly WorkflowResolvers _workflow = new(applications, calendars, grants, deletions, workflowOptions.Value, clock);
    private readonly VersionResolvers _versions = new(records, reader, deletions, clock);
    private readonly PushResolvers _push = new(intake);

    public ISchema Create(DataCatalog catalog)
    {
        // Types with constructor arguments are created once here and shared: GraphQL.NET refuses two instances of one named type.
        var grant = new GrantType(clock);
        var workflowTypes = new WorkflowTypes(grant, grants);
        var query = new ObjectGraphType { Name = "Query", Description = "台江区政务数据共享服务 — the shared data catalog and its data." };
        CatalogQueryFields.AddTo(query, grants, clock, grant);
        DataQueryFields.AddTo(query, catalog, _resolvers);
        AuditQueryFields.AddTo(query, audit, keys);
        GovernanceQueryFields.AddTo(query, governance);
        WorkflowQueryFields.AddTo(query, workflowTypes, _workflow);
        WorkingCalendarFields.AddQueryTo(query, workflowTypes, _workflow);
        RecordVersionFields.AddQueryTo(query, _versions);
        var mutation = new ObjectGraphType
        {
            Name = "Mutation",
            Description = "Governance changes, share-application and deletion steps, providers' pushes; each is recorded with its actor.",
        };
        GovernanceMutationFields.AddTo(mutation, publisher);
        ShareApplicationMutationFields.AddTo(mutation, workflowTypes, _workflow);
        GrantMutationFields.AddTo(mutation, workflowTypes, _workflow);
        WorkingCalendarFields.AddMutationTo(mutation, workflowTypes, _workflow);
        RecordVersionFields.AddMutationTo(mutation, _versions);
        PushMutationFields.AddTo(mutation, catalog, _push);
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
