using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Masking;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Loading;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Planning;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>
/// The resolvers of the generated graph. A resolver that reads rows executes the plan validation built for its field
/// (<see cref="RequestPlans.For"/>: columns, filter with the row scope ANDed in, order, page, cursor position and
/// binding) and decides none of it; without a plan it refuses and reads nothing. Links and reverse links load in
/// batches (one query per field and level, not per row). The services are the schema factory's (singletons); what
/// belongs to one request comes from its <see cref="GraphRequestContext"/>.
/// </summary>
internal sealed class DataResolvers(IDatasetReader reader, CursorCodec cursors, RecordHandles handles, MaskingKeys masking)
{
    /// <summary>A record's <c>recordInfo</c>: its bookkeeping columns and, only when selected, its handle for the caller's department
    /// (docs/policy.md, "Record handles").</summary>
    public IFieldResolver RecordInfo(CatalogResource resource) =>
        new FuncFieldResolver<object?>(ctx =>
        {
            var row = ((DataNode)ctx.Source!).Row;
            var department = ctx.Request().Principal.Department;
            return new RecordInfoValue(row, () => handles.Issue(department, resource, row.RowId));
        });

    /// <summary>An item's value: raw, masked, or null with a recorded denial.</summary>
    public IFieldResolver Item(CatalogResource resource, CatalogItem item) =>
        new FuncFieldResolver<object?>(ctx =>
        {
            var node = (DataNode)ctx.Source!;
            var request = ctx.Request();
            var decision = request.Access.Decide(resource, item);
            request.Audit.For(resource).Field(item.ApiName, decision);
            return decision.Kind switch
            {
                // A masked item is typed String: its raw value is written as text too.
                AccessKind.Raw => item.Mask == MaskingRule.None
                    ? node.Row[item.ApiName]
                    : Masker.Apply(MaskingRule.None, node.Row[item.ApiName], () => default),
                AccessKind.Masked => Masker.Apply(decision.Mask, node.Row[item.ApiName], () => masking.For(request.Principal.Department)),
                _ => Deny(ctx, request, resource, item, decision),
            };
        });

    public IFieldResolver Connection() =>
        new FuncFieldResolver<object?>(async ctx =>
        {
            var request = ctx.Request();
            var plan = request.Plans.For(ctx.FieldAst);
            var rows = await reader.PageAsync(
                request.Catalog,
                new DatasetQuery(plan.Resource, plan.Columns, plan.Filter, plan.Order, plan.Position, plan.First + 1),
                ctx.CancellationToken
            );
            return Page(ctx, plan, rows, c => reader.CountAsync(request.Catalog, plan.Resource, plan.Filter, c));
        });

    public IFieldResolver ByKey() =>
        new FuncFieldResolver<object?>(ctx =>
        {
            var plan = ctx.Request().Plans.For(ctx.FieldAst);
            return plan.Key is null ? null : KeyLoader(ctx, plan).Load(plan.Key);
        });

    public IFieldResolver Link(CatalogItem linkingItem) =>
        new FuncFieldResolver<object?>(ctx =>
        {
            var plan = ctx.Request().Plans.For(ctx.FieldAst);
            var value = ((DataNode)ctx.Source!).Row[linkingItem.ApiName];
            return value is null ? null : KeyLoader(ctx, plan).Load(value);
        });

    /// <summary>A reverse connection: the rows of the plan's resource whose <paramref name="referencing"/> item holds the parent's
    /// key.</summary>
    public IFieldResolver Reverse(CatalogItem referencing) =>
        new FuncFieldResolver<object?>(ctx =>
        {
            var request = ctx.Request();
            var plan = request.Plans.For(ctx.FieldAst);
            var parent = (DataNode)ctx.Source!;
            var parentKey = parent.Row[parent.Resource.Key.ApiName];
            if (parentKey is null)
            {
                return null;
            }

            var child = plan.Resource;
            var loader = (BatchLoader<object, ConnectionPage>)request.Loaders.GetOrAdd(ctx.FieldAst, _ => new BatchLoader<
                        object,
                        ConnectionPage
                    >(
                        async (keys, ct) =>
                        {
                            var rows = await reader.WhereInAsync(
                                request.Catalog,
                                child,
                                referencing.ApiName,
                                keys,
                                plan.Columns,
                                plan.Filter,
                                plan.Order,
                                plan.First + 1,
                                plan.Position,
                                ct
                            );
                            var counts = new Lazy<Task<IReadOnlyDictionary<object, long>>>(() =>
                                reader.CountByAsync(request.Catalog, child, referencing.ApiName, keys, plan.Filter, ct)
                            );
                            return keys.ToDictionary(
                                k => k,
                                k =>
                                    Page(ctx, plan, rows.Where(r => Equals(r[referencing.ApiName], k)).ToList(), async c =>
                                        (await counts.Value).TryGetValue(k, out var n) ? n : 0
                                    )
                            );
                        }
                    ));
            return loader.Load(parentKey);
        });

    /// <summary>The batch loader of one node per key, shared by the by-key and link fields reading the same resource and columns.</summary>
    private BatchLoader<object, DataNode> KeyLoader(IResolveFieldContext ctx, FieldPlan plan)
    {
        var request = ctx.Request();
        var resource = plan.Resource;
        var key = (resource.ApiName, string.Join(',', plan.Columns));
        return (BatchLoader<object, DataNode>)request.Loaders.GetOrAdd(key, _ => new BatchLoader<object, DataNode>(
                async (keys, ct) =>
                {
                    var rows = await reader.WhereInAsync(
                        request.Catalog,
                        resource,
                        resource.Key.ApiName,
                        keys,
                        plan.Columns,
                        plan.Filter,
                        [],
                        null,
                        null,
                        ct
                    );
                    request.Audit.Rows(resource, rows);
                    return rows.Where(r => r[resource.Key.ApiName] is not null)
                        .ToDictionary(r => r[resource.Key.ApiName]!, r => new DataNode(resource, r));
                }
            ));
    }

    private ConnectionPage Page(
        IResolveFieldContext ctx,
        FieldPlan plan,
        IReadOnlyList<DatasetRow> rows,
        Func<CancellationToken, Task<long>> count
    )
    {
        var binding = plan.Binding ?? throw new InvalidOperationException("A connection's plan carries its cursor binding.");
        ctx.Request().Audit.Rows(plan.Resource, rows.Take(plan.First));
        return new ConnectionPage(
            rows.Take(plan.First).Select(r => new DataNode(plan.Resource, r)).ToList(),
            rows.Count > plan.First,
            plan.Position is not null,
            n => cursors.Encode(binding, new KeysetPosition(plan.Order.Select(k => n.Row[k.Item]).ToList(), n.Row.RowId)),
            count
        );
    }

    private static object? Deny(
        IResolveFieldContext ctx,
        GraphRequestContext request,
        CatalogResource resource,
        CatalogItem item,
        AccessDecision decision
    )
    {
        request.Denials.Add(ctx.ResponsePath, resource, item, decision);
        return null;
    }
}
